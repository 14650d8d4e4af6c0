namespace Plaza.Web.Modules.Notifications.Contracts;

/// <summary>The unread count the page header shows beside "Notifications".</summary>
internal interface INotificationBadge
{
    Task<int> Unread(Guid accountId, CancellationToken ct);
}
