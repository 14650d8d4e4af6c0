using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>The host's numbers, live and afterwards: viewers now and at the peak, messages, likes and product clicks.</summary>
internal static class GetRoomStats
{
    public sealed record RoomStatsView(Guid RoomId, int CurrentViewers, int PeakViewers, int Messages, long Likes, int ProductClicks);

    /// <returns>null when there is no such room or the caller does not run it.</returns>
    public static async Task<RoomStatsView?> Execute(Guid roomId, ClaimsPrincipal user, PlazaDb db, IViewerPresence presence, TimeProvider clock,
        CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanHost(room, user)) return null;
        var messages = await db.Set<LiveMessage>().CountAsync(m => m.RoomId == roomId && !m.Held, ct);
        var current = room.IsLive ? await presence.Count(roomId, clock.GetUtcNow().UtcDateTime) : 0;
        return new RoomStatsView(roomId, current, Math.Max(room.PeakViewers, current), messages, room.Likes, room.ProductClicks);
    }

    public static async Task<Results<Ok<RoomStatsView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, IViewerPresence presence,
        TimeProvider clock, CancellationToken ct) =>
        await Execute(id, user, db, presence, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
