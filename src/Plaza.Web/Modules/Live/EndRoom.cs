using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The room ends: when nginx reports that the stream stopped, or by hand. A scheduled room ended before it began is
/// called off. Ending an ended room changes nothing.
/// </summary>
internal static class EndRoom
{
    /// <returns>The room; null when it does not exist or the caller does not run it.</returns>
    public static async Task<LiveRoom?> ByHost(Guid roomId, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock,
        CancellationToken ct)
    {
        var found = await db.FindAsync<LiveRoom>([roomId], ct);
        if (found is null || !RoomAccess.CanHost(found, user)) return null;
        return await Execute(roomId, db, broadcast, clock, ct);
    }

    public static async Task<LiveRoom?> Execute(Guid roomId, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await RoomTransitions.Move(db, roomId, r => r.End(now), ct) is not (LiveRoom room, bool moved)) return null;
        if (moved) await broadcast.State(room);
        return room;
    }

    public static async Task<Results<Ok<LiveHostView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast,
        LiveRoomReader reader, TimeProvider clock, CancellationToken ct) =>
        await ByHost(id, user, db, broadcast, clock, ct) is { } room
            ? TypedResults.Ok(reader.HostView(await reader.View(room, ct), room))
            : TypedResults.NotFound();
}
