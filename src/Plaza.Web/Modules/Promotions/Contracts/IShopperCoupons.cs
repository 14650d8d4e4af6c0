namespace Plaza.Web.Modules.Promotions.Contracts;

/// <summary>A coupon a shopper can pick at checkout: its code, name and what it takes off, in words the page shows.</summary>
internal sealed record UsableCoupon(string Code, string Name, string Kind, long AmountMinor, int Percent, long MinSpendMinor, string Currency,
    DateTime ValidUntilUtc);

/// <summary>What the checkout page may ask Promotions: the coupons this shopper holds unused for this store.</summary>
internal interface IShopperCoupons
{
    Task<IReadOnlyList<UsableCoupon>> Usable(Guid customerId, Guid storeId, CancellationToken ct);
}
