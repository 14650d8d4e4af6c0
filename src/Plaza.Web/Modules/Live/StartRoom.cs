using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The room goes live: when nginx reports that the host's stream started (<see cref="MediaCallbacks"/>), or by hand
/// for a host without a media server. Starting a live room again changes nothing.
/// </summary>
internal static class StartRoom
{
    /// <returns>The room; null when it does not exist or the caller does not run it.</returns>
    public static Task<LiveRoom?> ByHost(Guid roomId, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock,
        CancellationToken ct) =>
        RoomTransitions.ByHost(db, roomId, user, room => room.HasEnded
            ? throw new Platform.Errors.DomainException("room_ended", "This room has ended; schedule a new one.")
            : Execute(roomId, db, broadcast, clock, ct), ct);

    public static Task<LiveRoom?> Execute(Guid roomId, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return RoomTransitions.MoveAndTell(db, broadcast, roomId, r => r.GoLive(now), ct);
    }

    public static async Task<Results<Ok<LiveHostView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast,
        LiveRoomReader reader, TimeProvider clock, CancellationToken ct) =>
        await RoomTransitions.Answer(await ByHost(id, user, db, broadcast, clock, ct), reader, ct);
}
