using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>A host or moderator deletes a chat message for everyone (it disappears from every screen and from the replay).</summary>
internal static class DeleteChatMessage
{
    /// <returns>null when there is no such room or message, or the caller may not moderate the room.</returns>
    public static async Task<LiveActionResult?> Execute(Guid roomId, Guid messageId, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast,
        TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanModerate(room, user)) return null;
        var message = await db.Set<LiveMessage>().FirstOrDefaultAsync(m => m.Id == messageId && m.RoomId == roomId, ct);
        if (message is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        message.Delete(user.RequiredAccountId(), now);
        if (room.PinnedMessageId == messageId) room.PinMessage(null);
        db.Add(LiveTimelineEntry.Record(roomId, LiveTimelineKinds.MessageDeleted, messageId, now));
        await db.SaveChangesAsync(ct);
        await broadcast.MessageDeleted(roomId, messageId);
        return LiveActionResult.Done;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, Guid messageId, ClaimsPrincipal user, PlazaDb db, LiveBroadcast broadcast,
        TimeProvider clock, CancellationToken ct) =>
        LiveResults.From(await Execute(id, messageId, user, db, broadcast, clock, ct));
}
