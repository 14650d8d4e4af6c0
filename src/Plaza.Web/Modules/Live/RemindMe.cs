using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Live;

/// <summary>"Remind me": a shopper is told when an upcoming room goes live (asking twice is asking once).</summary>
internal static class RemindMe
{
    public sealed record ReminderView(Guid RoomId, bool Reminded);

    /// <returns>null when there is no such room.</returns>
    public static async Task<ReminderView?> Set(Guid roomId, Guid accountId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null) return null;
        if (room.State != LiveRoomState.Scheduled) throw new DomainException("room_started",
            "This room has already started: there is nothing to remind you of.");
        if (!await db.Set<LiveReminder>().AnyAsync(r => r.RoomId == roomId && r.AccountId == accountId, ct))
            await db.InsertOnceAsync(LiveReminder.Ask(roomId, accountId, clock.GetUtcNow().UtcDateTime), ct);
        return new ReminderView(roomId, true);
    }

    public static async Task<ReminderView?> Remove(Guid roomId, Guid accountId, PlazaDb db, CancellationToken ct)
    {
        if (!await db.Set<LiveRoom>().AnyAsync(r => r.Id == roomId, ct)) return null;
        await db.Set<LiveReminder>().Where(r => r.RoomId == roomId && r.AccountId == accountId).ExecuteDeleteAsync(ct);
        return new ReminderView(roomId, false);
    }

    public static Task<bool> IsSet(Guid roomId, Guid? accountId, PlazaDb db, CancellationToken ct) =>
        accountId is { } id ? db.Set<LiveReminder>().AnyAsync(r => r.RoomId == roomId && r.AccountId == id, ct) : Task.FromResult(false);

    public static async Task<Results<Ok<ReminderView>, NotFound>> HandleSet(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Set(id, user.RequiredAccountId(), db, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<Ok<ReminderView>, NotFound>> HandleRemove(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Remove(id, user.RequiredAccountId(), db, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
