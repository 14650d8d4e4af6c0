using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications;

/// <summary>My notifications, newest first, with how many are unread; mark one or all as read.</summary>
internal static class ReadNotifications
{
    public const int PageSize = 30;

    /// <param name="Kind">The kind as the API writes it ("order_status").</param>
    public sealed record NotificationView(Guid Id, string Kind, string Text, IReadOnlyDictionary<string, string> Data, string? Link, DateTime CreatedAtUtc,
        bool Read);

    public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Unread, DateTime? NextBeforeUtc);

    public static Task<int> UnreadCount(Guid accountId, PlazaDb db, CancellationToken ct) =>
        db.Set<Notification>().CountAsync(n => n.RecipientId == accountId && n.ReadAtUtc == null, ct);

    /// <param name="beforeUtc">Cursor: only notifications older than this (the previous page's last).</param>
    public static async Task<NotificationPage> List(Guid accountId, DateTime? beforeUtc, NotificationKinds kinds, PlazaDb db, IStringLocalizer L,
        CancellationToken ct)
    {
        var query = db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == accountId);
        if (beforeUtc is { } before) query = query.Where(n => n.CreatedAtUtc < before);
        var items = await query.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(PageSize + 1).ToListAsync(ct);
        var more = items.Count > PageSize;
        var page = items.Take(PageSize).ToList();
        return new NotificationPage(
            page.Select(n => new NotificationView(n.Id, NotificationKinds.ApiName(n.Kind), kinds.Describe(L, n), NotificationKinds.Data(n), n.Link,
                n.CreatedAtUtc, n.ReadAtUtc is not null)).ToList(),
            await UnreadCount(accountId, db, ct),
            more ? page[^1].CreatedAtUtc : null);
    }

    /// <returns>false when there is no such notification of this account.</returns>
    public static async Task<bool> MarkRead(Guid accountId, Guid? notificationId, PlazaDb db, TimeProvider clock, CancellationToken ct)
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

    public static async Task<Ok<NotificationPage>> HandleList(DateTime? before, ClaimsPrincipal user, NotificationKinds kinds, PlazaDb db,
        IStringLocalizer<Program> L, CancellationToken ct) =>
        TypedResults.Ok(await List(user.RequiredAccountId(), before, kinds, db, L, ct));

    public sealed record UnreadView(int Unread);

    public static async Task<Ok<UnreadView>> HandleUnread(ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        TypedResults.Ok(new UnreadView(await UnreadCount(user.RequiredAccountId(), db, ct)));

    public static async Task<Results<NoContent, NotFound>> HandleMarkRead(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await MarkRead(user.RequiredAccountId(), id, db, clock, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<NoContent> HandleMarkAllRead(ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        await MarkRead(user.RequiredAccountId(), null, db, clock, ct);
        return TypedResults.NoContent();
    }
}
