using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Live;

/// <summary>The host changes a room's title or start (before it is live), sets slow mode, or takes a new stream key.</summary>
internal static class ChangeRoom
{
    public sealed record ChangeRoomRequest(string? Title, DateTime? ScheduledStartUtc, int? SlowModeSeconds, bool? NewStreamKey);

    /// <returns>null when the room does not exist or the caller does not run it.</returns>
    public static async Task<Outcome<LiveRoom>?> Execute(Guid roomId, ChangeRoomRequest r, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast,
        TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().FirstOrDefaultAsync(x => x.Id == roomId, ct);
        if (room is null || !RoomAccess.CanHost(room, user)) return null;
        var v = new Validator().Text(r.Title, "title", LiveRoom.TitleMax, required: false)
            .Check(r.SlowModeSeconds is null or >= 0 and <= LiveRoom.MaxSlowModeSeconds, "slowModeSeconds",
                $"Slow mode is 0 (off) to {LiveRoom.MaxSlowModeSeconds} seconds.");
        if (!v.IsValid) return v;
        room.Change(r.Title, r.ScheduledStartUtc is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null, clock.GetUtcNow().UtcDateTime);
        if (r.SlowModeSeconds is { } seconds) room.SetSlowMode(seconds);
        if (r.NewStreamKey == true) room.RotateStreamKey();
        await db.SaveChangesAsync(ct);
        if (r.SlowModeSeconds is { } shown) await broadcast.SlowMode(room.Id, shown);
        return room;
    }

    public static async Task<Results<Ok<LiveHostView>, ValidationProblem, NotFound>> Handle(Guid id, ChangeRoomRequest request, ClaimsPrincipal user,
        PlazaDb db, LiveBroadcast broadcast, LiveRoomReader reader, TimeProvider clock, CancellationToken ct)
    {
        if (await Execute(id, request, user, db, broadcast, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok(reader.HostView(await reader.View(outcome.Value!, ct), outcome.Value!));
    }
}
