using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// What nginx's RTMP module asks and tells (ADR 0024). It posts a form with the stream <c>name</c>; the URL carries the
/// shared <c>token</c>. on_publish: the name is the room's secret stream key; a valid key makes the room live and the
/// answer is a redirect to the room's id, so the stream (HLS folder, recording) is named by the public id and the key
/// never appears in a viewer's URL; the same key while the room waits for its host brings the video back.
/// on_publish_done: the room waits for the host to come back (<see cref="StreamDropped"/>), then ends. replay-ready: the
/// recording was turned into HLS.
/// </summary>
internal static class MediaCallbacks
{
    public static async Task<IResult> OnPublish(HttpRequest request, PlazaDb db, LiveBroadcast broadcast, IOptions<LiveOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        if (await Read(request, options.Value, ct) is not { } name) return Refused();
        var room = await db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(r => r.StreamKey == name, ct);
        // A key of a room that is over (or never existed) is refused: nothing can go live under it again.
        if (room is null || room.HasEnded) return Refused();
        if (room.StreamLostAtUtc is not null) await StreamDropped.Back(room.Id, db, broadcast, ct);
        else await StartRoom.Execute(room.Id, db, broadcast, clock, ct);
        return Results.Redirect(room.Id.ToString(), permanent: false);
    }

    public static async Task<IResult> OnPublishDone(HttpRequest request, PlazaDb db, LiveBroadcast broadcast, IOptions<LiveOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        if (await Read(request, options.Value, ct) is not { } name) return Refused();
        if (await RoomNamed(name, db, ct) is not { } roomId) return Results.NotFound();
        await StreamDropped.Execute(roomId, db, broadcast, options.Value.Media, clock, ct);
        return Results.Ok();
    }

    /// <summary>nginx finished writing the recording; the replay is announced by <see cref="OnReplayReady"/> once it is HLS.</summary>
    public static async Task<IResult> OnRecordDone(HttpRequest request, PlazaDb db, IOptions<LiveOptions> options, CancellationToken ct) =>
        await Read(request, options.Value, ct) is { } name && await RoomNamed(name, db, ct) is not null ? Results.Ok() : Refused();

    public static async Task<IResult> OnReplayReady(HttpRequest request, PlazaDb db, LiveBroadcast broadcast, IOptions<LiveOptions> options,
        CancellationToken ct)
    {
        if (await Read(request, options.Value, ct) is not { } name) return Refused();
        if (await RoomNamed(name, db, ct) is not { } roomId) return Results.NotFound();
        if (await RoomTransitions.Move(db, roomId, r => r.ReplayReady(), ct) is (LiveRoom { State: LiveRoomState.Replay } room, true))
            await broadcast.State(room);
        return Results.Ok();
    }

    /// <returns>The stream name, or null when the token is wrong, no media server is configured, or the request is not a form.</returns>
    private static async Task<string?> Read(HttpRequest request, LiveOptions options, CancellationToken ct)
    {
        var expected = options.Media.CallbackToken;
        if (string.IsNullOrEmpty(expected) || !request.HasFormContentType) return null;
        var given = request.Query["token"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected))) return null;
        var form = await request.ReadFormAsync(ct);
        var name = form["name"].ToString();
        return name.Length is > 0 and <= 64 ? name : null;
    }

    /// <summary>After the redirect nginx may name the stream by the room's id; before it, by the key.</summary>
    private static async Task<Guid?> RoomNamed(string name, PlazaDb db, CancellationToken ct) =>
        Guid.TryParse(name, out var id) && await db.Set<LiveRoom>().AnyAsync(r => r.Id == id, ct)
            ? id
            : await db.Set<LiveRoom>().Where(r => r.StreamKey == name).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);

    private static IResult Refused() => Results.StatusCode(StatusCodes.Status403Forbidden);
}
