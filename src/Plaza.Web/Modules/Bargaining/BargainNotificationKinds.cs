using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>What a bargain's starter hears (each friend's cut, time up), registered in <see cref="BargainingModule.AddBargaining"/>.</summary>
internal static class BargainNotificationKinds
{
    public static readonly NotificationKindDefinition Bargain = new(CutBargain.NotificationKind, "My bargains: friends' cuts and time up", Order: 100,
        (L, data) => data["outcome"] == "expired"
            ? L["Time is up for your bargain on {0}: it ended at {1} without being bought. You can start a new one.", data["product"], data.Money("priceMinor")]
            : L["A friend cut {0} off {1}: your price is now {2}.", data.Money("amountMinor"), data["product"], data.Money("priceMinor")]);
}
