using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications;

internal sealed class NotificationBadge(PlazaDb db) : INotificationBadge
{
    public Task<int> Unread(Guid accountId, CancellationToken ct) => ReadNotifications.UnreadCount(accountId, db, ct);
}
