using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Social;

/// <summary>The notification Social sends (someone new follows you), registered in <see cref="SocialModule.AddSocial"/>.</summary>
internal static class FollowNotificationKinds
{
    public static readonly NotificationKindDefinition NewFollower = new("NewFollower", "New followers", Order: 20, (L, _) => L["Someone new follows you."]);
}
