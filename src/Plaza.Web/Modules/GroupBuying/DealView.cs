namespace Plaza.Web.Modules.GroupBuying;

/// <summary>A team group-buy deal as the API shows it; <c>Active</c>: new teams may start now.</summary>
internal sealed record DealView(Guid Id, Guid StoreId, Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long GroupPriceMinor, string Currency,
    int TeamSize, int TimeLimitMinutes, int PerShopperLimit, DateTime StartsAtUtc, DateTime EndsAtUtc, bool Active)
{
    public static DealView From(GroupBuyDeal d, DateTime now) =>
        new(d.Id, d.StoreId, d.SkuId, d.ProductId, d.ProductName, d.SkuLabel, d.GroupPriceMinor, d.Currency,
            d.TeamSize, d.TimeLimitMinutes, d.PerShopperLimit, d.StartsAtUtc, d.EndsAtUtc, d.IsActive(now));
}
