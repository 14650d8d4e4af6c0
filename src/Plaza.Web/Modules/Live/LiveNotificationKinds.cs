using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Live;

/// <summary>What followers of a store or host, and shoppers who asked to be reminded, hear about live rooms.</summary>
internal static class LiveNotificationKinds
{
    public const string ScheduledName = "LiveScheduled", LiveName = "LiveNow";

    public static readonly NotificationKindDefinition Scheduled = new(ScheduledName, "Live rooms announced by stores and people I follow", Order: 150,
        (L, data) => L["{0} will be live: {1}.", data["store"], data["title"]]);

    public static readonly NotificationKindDefinition Live = new(LiveName, "Live rooms going live", Order: 151,
        (L, data) => L["{0} is live now: {1}.", data["store"], data["title"]]);
}
