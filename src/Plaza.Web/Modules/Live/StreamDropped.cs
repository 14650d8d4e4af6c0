using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The host's stream stopped while the room was live. A phone that loses its signal or an OBS that restarts comes back in
/// seconds, so the room does not end at once: it stays live (chat, pins and deals go on) and viewers see that the video
/// dropped; the same stream key publishing again brings it back. After <see cref="LiveOptions.MediaOptions.ReconnectGraceSeconds"/>
/// without it the room ends (<see cref="EndDroppedStreams"/>). The host's End button still ends it at once.
/// </summary>
internal static class StreamDropped
{
    public static async Task Execute(Guid roomId, PlazaDb db, LiveBroadcast broadcast, LiveOptions.MediaOptions media, TimeProvider clock,
        CancellationToken ct)
    {
        if (media.ReconnectGraceSeconds <= 0)
        {
            await EndRoom.Execute(roomId, db, broadcast, clock, ct);
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (await RoomTransitions.Move(db, roomId, r => r.StreamLost(now), ct) is (LiveRoom room, true)) await broadcast.Video(room);
    }

    public static async Task Back(Guid roomId, PlazaDb db, LiveBroadcast broadcast, CancellationToken ct)
    {
        if (await RoomTransitions.Move(db, roomId, r => r.StreamBack(), ct) is (LiveRoom room, true)) await broadcast.Video(room);
    }
}
