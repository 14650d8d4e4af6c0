using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>Whoever runs or moderates the room pins one chat message above the chat (null unpins); one at a time.</summary>
internal static class PinMessage
{
    public sealed record PinMessageRequest(Guid? MessageId);

    /// <returns>null when there is no such room or the caller may not moderate it.</returns>
    public static async Task<LiveActionResult?> Execute(Guid roomId, Guid? messageId, ClaimsPrincipal user, PlazaDb db, LiveRoomReader reader,
        LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanModerate(room, user)) return null;
        ChatMessageView? view = null;
        if (messageId is { } id)
        {
            var message = await db.Set<LiveMessage>().AsNoTracking()
                .FirstOrDefaultAsync(m => m.Id == id && m.RoomId == roomId && m.DeletedAtUtc == null && !m.Held, ct);
            if (message is null) return new(false, "message_not_found", "That message is not in this room's chat.");
            view = (await reader.Messages([message], ct))[0];
        }
        room.PinMessage(messageId);
        db.Add(LiveTimelineEntry.Record(roomId, messageId is null ? LiveTimelineKinds.MessageUnpinned : LiveTimelineKinds.MessagePinned, messageId,
            clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        await broadcast.PinnedMessage(roomId, view);
        return LiveActionResult.Done;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, PinMessageRequest request, ClaimsPrincipal user, PlazaDb db,
        LiveRoomReader reader, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct) =>
        LiveResults.From(await Execute(id, request.MessageId, user, db, reader, broadcast, clock, ct));
}
