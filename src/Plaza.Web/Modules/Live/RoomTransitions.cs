using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Moves a room from one state to the next once, however many callers try together: the state is a concurrency token,
/// so of two saves from the same state only the first lands and the other reports that nothing changed.
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
}
