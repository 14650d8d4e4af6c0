using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Promotions;

/// <summary>What Promotions tells shoppers (a coupon given, a flash sale started), registered in <see cref="PromotionsModule.AddPromotions"/>.</summary>
internal static class PromotionNotificationKinds
{
    public static readonly NotificationKindDefinition Coupon = new(NotifyIssuedCoupon.NotificationKind, "Coupons a store gives me", Order: 120,
        (L, data) => L["You have a new coupon: {0}. Use it at checkout with the code {1}.", data["name"], data["code"]]);

    public static readonly NotificationKindDefinition FlashSale = new(RemindFlashSales.NotificationKind, "Flash sales I asked to be reminded of", Order: 140,
        (L, data) => L["The flash sale {0} has started: {1} while stocks last.", data["title"], data.Money("priceMinor")]);
}
