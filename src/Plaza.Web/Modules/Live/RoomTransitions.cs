using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Moves a room from one state to the next once, however many callers try together: the state is a concurrency token,
/// so of two saves from the same state only the first lands and the other reports that nothing changed. The caller that
/// moved it tells every viewer.
/// </summary>
internal static class RoomTransitions
{
    /// <returns>The room after the attempt (tracked), whether this caller moved it; null when there is no such room.</returns>
    public static async Task<(LiveRoom Room, bool Moved)?> Move(PlazaDb db, Guid roomId, Func<LiveRoom, bool> change, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null) return null;
        if (!change(room)) return (room, false);
        try
        {
            await db.SaveChangesAsync(ct);
            return (room, true);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (await db.Set<LiveRoom>().FirstAsync(r => r.Id == roomId, ct), false);
        }
    }

    /// <summary><see cref="Move"/>, then tells the room (and runs <paramref name="afterMove"/>) when this caller moved it.</summary>
    public static async Task<LiveRoom?> MoveAndTell(PlazaDb db, LiveBroadcast broadcast, Guid roomId, Func<LiveRoom, bool> change,
        CancellationToken ct, Func<LiveRoom, Task>? afterMove = null)
    {
        if (await Move(db, roomId, change, ct) is not (LiveRoom room, bool moved)) return null;
        if (!moved) return room;
        if (afterMove is not null) await afterMove(room);
        await broadcast.State(room);
        return room;
    }

    /// <returns>null when the room does not exist or the caller does not run it; otherwise what <paramref name="move"/> returns.</returns>
    public static async Task<LiveRoom?> ByHost(PlazaDb db, Guid roomId, ClaimsPrincipal user, Func<LiveRoom, Task<LiveRoom?>> move,
        CancellationToken ct)
    {
        var found = await db.FindAsync<LiveRoom>([roomId], ct);
        return found is null || !RoomAccess.CanHost(found, user) ? null : await move(found);
    }

    /// <summary>How the API answers a host's start or end: the room as its host sees it, or 404.</summary>
    public static async Task<Results<Ok<LiveHostView>, NotFound>> Answer(LiveRoom? room, LiveRoomReader reader, CancellationToken ct) =>
        room is null ? TypedResults.NotFound() : TypedResults.Ok(reader.HostView(await reader.View(room, ct), room));
}
