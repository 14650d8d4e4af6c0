namespace Plaza.Web.Modules.Promotions;

/// <summary>A coupon campaign as shoppers and staff see it. <c>Left</c> is null when there is no total limit.</summary>
internal sealed record CouponView(
    Guid Id, Guid StoreId, string Code, string Name, CouponKind Kind, long AmountMinor, int Percent, long? MaxDiscountMinor, long MinSpendMinor,
    string Currency, CouponScope Scope, Guid? ScopeId, DateTime ValidFromUtc, DateTime ValidUntilUtc, int? TotalLimit, int PerShopperLimit,
    bool Stackable, bool Claimable, int ClaimedCount, int? Left)
{
    public static CouponView From(Coupon c) => new(c.Id, c.StoreId, c.Code, c.Name, c.Kind, c.AmountMinor, c.Percent, c.MaxDiscountMinor, c.MinSpendMinor,
        c.Currency, c.Scope, c.ScopeId, c.ValidFromUtc, c.ValidUntilUtc, c.TotalLimit, c.PerShopperLimit, c.Stackable, c.Claimable, c.ClaimedCount, c.Left);
}

/// <summary>A coupon in my wallet: usable at checkout (by its code) until it is used or expires.</summary>
internal sealed record WalletCouponView(Guid Id, DateTime ClaimedAtUtc, Guid? UsedOrderId, bool Usable, CouponView Coupon);

/// <summary>A flash sale with real counts. State: upcoming, running, sold-out or ended.</summary>
internal sealed record FlashSaleView(
    Guid Id, Guid StoreId, Guid SkuId, Guid ProductId, string Title, long PriceMinor, long UsualPriceMinor, string Currency,
    int Quantity, int Sold, int Remaining, int PerShopperLimit, DateTime StartsAtUtc, DateTime EndsAtUtc, string State)
{
    public static FlashSaleView From(FlashSale s, DateTime now) => new(s.Id, s.StoreId, s.SkuId, s.ProductId, s.Title, s.PriceMinor, s.UsualPriceMinor,
        s.Currency, s.Quantity, s.Sold, s.Remaining, s.PerShopperLimit, s.StartsAtUtc, s.EndsAtUtc, StateOf(s, now));

    public static string StateOf(FlashSale s, DateTime now) =>
        now >= s.EndsAtUtc ? "ended" : s.IsUpcoming(now) ? "upcoming" : s.SoldOut ? "sold-out" : "running";
}
