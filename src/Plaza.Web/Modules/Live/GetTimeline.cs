using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The replay's script: every chat message (not deleted, not held) and every pin, with its offset in milliseconds from the
/// moment the room went live, so the page shows each when the recording reaches that point.
/// </summary>
internal static class GetTimeline
{
    public const int MaxMessages = 5000;

    public sealed record TimelineItem(long OffsetMs, string Kind, Guid? RefId, ChatMessageView? Message, ProductCardView? Product);

    public sealed record TimelineView(Guid RoomId, DateTime? StartedAtUtc, IReadOnlyList<TimelineItem> Items);

    public static async Task<TimelineView?> Execute(Guid roomId, PlazaDb db, LiveRoomReader reader, CancellationToken ct)
    {
        if (await reader.Find(roomId, ct) is not { } room) return null;
        if (room.StartedAtUtc is not { } start) return new TimelineView(roomId, null, []);
        var messages = await db.Set<LiveMessage>().AsNoTracking().Where(m => m.RoomId == roomId && m.DeletedAtUtc == null && !m.Held)
            .OrderBy(m => m.SentAtUtc).Take(MaxMessages).ToListAsync(ct);
        var entries = await db.Set<LiveTimelineEntry>().AsNoTracking().Where(e => e.RoomId == roomId).OrderBy(e => e.AtUtc).ToListAsync(ct);
        var views = (await reader.Messages(messages, ct)).ToDictionary(m => m.Id);
        var cards = new Dictionary<Guid, ProductCardView?>();
        foreach (var sku in entries.Where(e => e.Kind == LiveTimelineKinds.ProductPinned && e.RefId is not null).Select(e => e.RefId!.Value).Distinct())
            cards[sku] = await reader.Card(room.StoreId, sku, ct);
        long Offset(DateTime at) => Math.Max(0, (long)(at - start).TotalMilliseconds);
        var items = messages.Select(m => new TimelineItem(Offset(m.SentAtUtc), "message", m.Id, views[m.Id], null))
            .Concat(entries.Select(e => new TimelineItem(Offset(e.AtUtc), e.Kind, e.RefId,
                e.Kind == LiveTimelineKinds.MessagePinned && e.RefId is { } mid ? views.GetValueOrDefault(mid) : null,
                e.Kind == LiveTimelineKinds.ProductPinned && e.RefId is { } sid ? cards.GetValueOrDefault(sid) : null)))
            .OrderBy(i => i.OffsetMs).ToList();
        return new TimelineView(roomId, start, items);
    }

    public static async Task<Results<Ok<TimelineView>, NotFound>> Handle(Guid id, PlazaDb db, LiveRoomReader reader, CancellationToken ct) =>
        await Execute(id, db, reader, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
