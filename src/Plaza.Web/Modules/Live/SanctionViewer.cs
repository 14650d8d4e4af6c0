using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// A host or moderator mutes (watches, cannot chat) or bans (cannot take part) a viewer in one room, or lifts it. Stored, so
/// it holds across reconnects, tabs and nodes; the person's every open tab is told at once.
/// </summary>
internal static class SanctionViewer
{
    public sealed record SanctionRequest(Guid? AccountId, string? Kind);

    /// <returns>null when there is no such room or the caller may not moderate it.</returns>
    public static async Task<LiveActionResult?> Impose(Guid roomId, Guid accountId, string? kind, ClaimsPrincipal user, PlazaDb db,
        LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanModerate(room, user)) return null;
        if (!Enum.TryParse<LiveSanctionKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
            return new(false, "invalid_kind", "Choose mute or ban.");
        if (accountId == room.HostAccountId || accountId == user.AccountId()) return new(false, "cannot_sanction_host", "The host cannot be muted or banned.");
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.RequiredAccountId();
        var existing = await db.Set<LiveSanction>().FirstOrDefaultAsync(s => s.RoomId == roomId && s.AccountId == accountId, ct);
        if (existing is null) await db.InsertOnceAsync(LiveSanction.Impose(roomId, accountId, k, by, now), ct);
        else
        {
            existing.Change(k, by, now);
            await db.SaveChangesAsync(ct);
        }
        await broadcast.Sanctioned(roomId, accountId, k);
        return LiveActionResult.Done;
    }

    /// <returns>null when there is no such room or the caller may not moderate it.</returns>
    public static async Task<LiveActionResult?> Lift(Guid roomId, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanModerate(room, user)) return null;
        await db.Set<LiveSanction>().Where(s => s.RoomId == roomId && s.AccountId == accountId).ExecuteDeleteAsync(ct);
        return LiveActionResult.Done;
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> HandleImpose(Guid id, SanctionRequest request, ClaimsPrincipal user,
        PlazaDb db, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        if (request.AccountId is not { } accountId)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["accountId"] = ["Say whom to mute or ban."] });
        if (request.Kind is not ("mute" or "ban"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Choose mute or ban."] });
        return await Impose(id, accountId, request.Kind, user, db, broadcast, clock, ct) is { } done
            ? LiveResults.Done(done)
            : TypedResults.NotFound();
    }

    public static async Task<Results<NoContent, NotFound>> HandleLift(Guid id, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        LiveResults.From(await Lift(id, accountId, user, db, ct));
}
