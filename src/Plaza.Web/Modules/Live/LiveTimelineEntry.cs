namespace Plaza.Web.Modules.Live;

/// <summary>What the replay plays back besides chat: a product or message pinned or unpinned, a deal opened.</summary>
internal static class LiveTimelineKinds
{
    public const string ProductPinned = "product-pinned", ProductUnpinned = "product-unpinned";
    public const string MessagePinned = "message-pinned", MessageUnpinned = "message-unpinned";
    public const string MessageDeleted = "message-deleted";
    public const string DealOpened = "deal-opened";
}

/// <summary>One moment of a room's timeline, at server time; the replay shows it when the video reaches that time.</summary>
internal sealed class LiveTimelineEntry
{
    private LiveTimelineEntry() { }

    public Guid Id { get; private set; }
    public Guid RoomId { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid? RefId { get; private set; }
    public DateTime AtUtc { get; private set; }

    public static LiveTimelineEntry Record(Guid roomId, string kind, Guid? refId, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), RoomId = roomId, Kind = kind, RefId = refId, AtUtc = now };
}
