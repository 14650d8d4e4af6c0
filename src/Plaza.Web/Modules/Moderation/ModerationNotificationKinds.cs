using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Moderation;

/// <summary>What moderators' actions tell the author, registered in <see cref="ModerationModule.AddModeration"/>.</summary>
internal static class ModerationNotificationKinds
{
    public static readonly NotificationKindDefinition ContentRemoved = new("ContentRemoved", "My content removed by a moderator", Order: 70,
        (L, data) => L["A moderator removed what you wrote. Reason: {0}", data["reason"]]);

    public static readonly NotificationKindDefinition ModeratorWarning = new("ModeratorWarning", "Warnings from moderators", Order: 80,
        (L, data) => L["A moderator sent you a warning: {0}", data["message"]]);
}
