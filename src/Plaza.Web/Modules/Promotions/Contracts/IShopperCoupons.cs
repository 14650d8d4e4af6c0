using Microsoft.Extensions.Localization;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Contracts;

/// <summary>
/// A coupon a shopper can pick at checkout: its code, name and what it takes off, in words the page shows. A "Percentage" coupon may
/// take off at most <paramref name="MaxDiscountMinor"/>.
/// </summary>
internal sealed record UsableCoupon(string Code, string Name, string Kind, long AmountMinor, int Percent, long MinSpendMinor, string Currency,
    DateTime ValidUntilUtc, long? MaxDiscountMinor = null)
{
    /// <summary>"£1.00 off" or "15% off, at most £5.00", in the reader's language.</summary>
    public string Benefit(IStringLocalizer L) => CouponBenefit.Text(L, Kind == "Percentage", AmountMinor, Percent, MaxDiscountMinor, Currency);
}

/// <summary>What a coupon takes off, in words: the coupon pages and other modules that show coupons (Support's assistant) say it alike.</summary>
internal static class CouponBenefit
{
    public static string Text(IStringLocalizer L, bool percentage, long amountMinor, int percent, long? maxDiscountMinor, string currency) =>
        !percentage ? L["{0} off", MoneyFormat.Format(amountMinor, currency)]
        : maxDiscountMinor is { } cap ? L["{0}% off, at most {1}", percent, MoneyFormat.Format(cap, currency)]
        : L["{0}% off", percent];
}

/// <summary>What the checkout page and Support's assistant may ask Promotions: the coupons this shopper holds unused for this store.</summary>
internal interface IShopperCoupons
{
    Task<IReadOnlyList<UsableCoupon>> Usable(Guid customerId, Guid storeId, CancellationToken ct);
}
