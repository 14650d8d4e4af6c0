using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notifications.Contracts;

/// <summary>How a module registers the notification kinds it sends, from its own AddX().</summary>
internal static class NotificationKindRegistration
{
    /// <summary>The notifications column holds at most this many characters.</summary>
    public const int MaxNameLength = 20;

    /// <summary>
    /// Adds <paramref name="kind"/>. Refused at start-up when its name is not a capital letter then letters and digits (at
    /// most <see cref="MaxNameLength"/>), or when a kind of the same name in any case is registered already: the API finds
    /// kinds by name in any case, so two such kinds could not be told apart.
    /// </summary>
    public static IServiceCollection AddNotificationKind(this IServiceCollection services, NotificationKindDefinition kind) =>
        services.AddNamed(kind, k => k.Name, MaxNameLength, "Notification kind");
}
