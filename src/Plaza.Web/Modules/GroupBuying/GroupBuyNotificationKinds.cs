using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// What a team's members hear when it completes or fails (<see cref="TeamSeats"/>), registered in
/// <see cref="GroupBuyingModule.AddGroupBuying"/>.
/// </summary>
internal static class GroupBuyNotificationKinds
{
    public static readonly NotificationKindDefinition GroupBuy = new(TeamSeats.NotificationKind, "My group-buy teams", Order: 90,
        (L, data) => data["outcome"] == "complete"
            ? L["Your team for {0} is complete. Your order goes ahead.", data["product"]]
            : L["Your team for {0} did not fill in time. Your money is refunded.", data["product"]]);
}
