using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications;

/// <summary>I mark one notification, or all of them, as read.</summary>
internal static class MarkNotificationsRead
{
    /// <returns>false when there is no such notification of this account.</returns>
    public static async Task<bool> Execute(Guid accountId, Guid? notificationId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Set<Notification>().Where(n => n.RecipientId == accountId && n.ReadAtUtc == null);
        if (notificationId is { } id)
        {
            if (!await db.Set<Notification>().AnyAsync(n => n.Id == id && n.RecipientId == accountId, ct)) return false;
            query = query.Where(n => n.Id == id);
        }
        await query.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> HandleOne(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Execute(user.RequiredAccountId(), id, db, clock, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<NoContent> HandleAll(ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        await Execute(user.RequiredAccountId(), null, db, clock, ct);
        return TypedResults.NoContent();
    }
}
