using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Leaders;

/// <summary>What a leader hears when a campaign closes (<see cref="NotifyCampaignClosed"/>), registered in <see cref="LeadersModule.AddLeaders"/>.</summary>
internal static class LeaderNotificationKinds
{
    public static readonly NotificationKindDefinition LeaderCampaign = new(NotifyCampaignClosed.NotificationKind, "My leader campaigns closing", Order: 130,
        (L, data) => L["Campaign {0} closed: {1} orders, pick list ready.", data["campaign"], data.Get("orders", "0")]);
}
