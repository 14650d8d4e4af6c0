using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications;

/// <summary>My notifications, newest first, with how many are unread.</summary>
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

    public static async Task<Ok<NotificationPage>> HandleList(DateTime? before, ClaimsPrincipal user, NotificationKinds kinds, PlazaDb db,
        IStringLocalizer<Program> L, CancellationToken ct) =>
        TypedResults.Ok(await List(user.RequiredAccountId(), before, kinds, db, L, ct));

    public sealed record UnreadView(int Unread);

    public static async Task<Ok<UnreadView>> HandleUnread(ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        TypedResults.Ok(new UnreadView(await UnreadCount(user.RequiredAccountId(), db, ct)));
}
