using System.Security.Claims;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notifications;

/// <summary>The count beside "Notifications" in the page header: the signed-in person's unread notifications.</summary>
internal sealed class UnreadNotifications(PlazaDb db) : IMenuBadge
{
    public async Task<int> Count(ClaimsPrincipal user, CancellationToken ct) =>
        user.AccountId() is { } me ? await ReadNotifications.UnreadCount(me, db, ct) : 0;
}
