namespace Plaza.Web.Modules.Bargaining;

/// <summary>A bargain deal as the API shows it; <c>Active</c>: new bargains may start now.</summary>
internal sealed record BargainDealView(Guid Id, Guid StoreId, Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long FloorPriceMinor,
    string Currency, int ExpectedCuts, int TimeLimitMinutes, DateTime StartsAtUtc, DateTime EndsAtUtc, bool Active)
{
    public static BargainDealView From(BargainDeal d, DateTime now) =>
        new(d.Id, d.StoreId, d.SkuId, d.ProductId, d.ProductName, d.SkuLabel, d.FloorPriceMinor, d.Currency,
            d.ExpectedCuts, d.TimeLimitMinutes, d.StartsAtUtc, d.EndsAtUtc, d.IsActive(now));
}
