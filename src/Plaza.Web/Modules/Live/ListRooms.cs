using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>/live: rooms live now, then upcoming (soonest first), then replays (newest first); optionally one store's.</summary>
internal static class ListRooms
{
    public const int PerSection = 24;

    public sealed record LiveListing(IReadOnlyList<LiveRoomView> Live, IReadOnlyList<LiveRoomView> Upcoming, IReadOnlyList<LiveRoomView> Replays);

    public static async Task<LiveListing> Execute(Guid? storeId, PlazaDb db, LiveRoomReader reader, CancellationToken ct)
    {
        var rooms = db.Set<LiveRoom>().AsNoTracking().Where(r => storeId == null || r.StoreId == storeId);
        var live = await rooms.Where(r => r.State == LiveRoomState.Live).OrderByDescending(r => r.StartedAtUtc).Take(PerSection).ToListAsync(ct);
        var upcoming = await rooms.Where(r => r.State == LiveRoomState.Scheduled).OrderBy(r => r.ScheduledStartUtc).Take(PerSection).ToListAsync(ct);
        var replays = await rooms.Where(r => r.State == LiveRoomState.Replay).OrderByDescending(r => r.EndedAtUtc).Take(PerSection).ToListAsync(ct);
        return new LiveListing(await reader.Views(live, false, ct), await reader.Views(upcoming, false, ct), await reader.Views(replays, false, ct));
    }

    public static async Task<Ok<LiveListing>> Handle(Guid? storeId, PlazaDb db, LiveRoomReader reader, CancellationToken ct) =>
        TypedResults.Ok(await Execute(storeId, db, reader, ct));
}
