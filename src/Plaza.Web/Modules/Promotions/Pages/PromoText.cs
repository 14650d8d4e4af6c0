using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Promotions.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>Coupons and flash sales in words, in the reader's language.</summary>
internal static class PromoText
{
    /// <summary>"£1.00 off" or "15% off, at most £5.00".</summary>
    public static string Benefit(IStringLocalizer L, CouponView c) =>
        CouponBenefit.Text(L, c.Kind == CouponKind.Percentage, c.AmountMinor, c.Percent, c.MaxDiscountMinor, c.Currency);

    public static string Conditions(IStringLocalizer L, CouponView c)
    {
        var parts = new List<string>
        {
            c.Scope switch { CouponScope.Category => L["on one category"], CouponScope.Product => L["on one product"], _ => L["on everything in the store"] },
        };
        if (c.MinSpendMinor > 0) parts.Add(L["when you spend at least {0}", MoneyFormat.Format(c.MinSpendMinor, c.Currency)]);
        parts.Add(c.Stackable ? L["can be combined with other coupons"] : L["cannot be combined with other coupons"]);
        return string.Join(" · ", parts);
    }

    public static string FlashState(IStringLocalizer L, string state) => state switch
    {
        "upcoming" => L["Starts soon"],
        "sold-out" => L["Sold out"],
        "ended" => L["Ended"],
        _ => L["On now"],
    };
}
