using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The room ends: when nginx reports that the stream stopped, or by hand. Its open deals close with it (their countdown
/// stops where the room stopped). A scheduled room ended before it began is called off. Ending an ended room changes nothing.
/// </summary>
internal static class EndRoom
{
    /// <returns>The room; null when it does not exist or the caller does not run it.</returns>
    public static Task<LiveRoom?> ByHost(Guid roomId, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock,
        CancellationToken ct) =>
        RoomTransitions.ByHost(db, roomId, user, _ => Execute(roomId, db, broadcast, clock, ct), ct);

    public static Task<LiveRoom?> Execute(Guid roomId, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return RoomTransitions.MoveAndTell(db, broadcast, roomId, r => r.End(now), ct, afterMove: _ =>
            db.Set<LiveDeal>().Where(d => d.RoomId == roomId && d.ClosesAtUtc > now)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.ClosesAtUtc, now), ct));
    }

    public static async Task<Results<Ok<LiveHostView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast,
        LiveRoomReader reader, TimeProvider clock, CancellationToken ct) =>
        await RoomTransitions.Answer(await ByHost(id, user, db, broadcast, clock, ct), reader, ct);
}
