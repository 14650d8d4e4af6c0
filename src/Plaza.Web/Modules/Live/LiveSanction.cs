namespace Plaza.Web.Modules.Live;

/// <summary>Muted: watches, cannot chat or like. Banned: cannot join the room's chat at all.</summary>
internal enum LiveSanctionKind { Mute, Ban }

/// <summary>
/// A host's or moderator's sanction against one viewer in one room. Stored, not kept in a connection, so it holds
/// across reconnects, new tabs and every app node: each chat action checks it.
/// </summary>
internal sealed class LiveSanction
{
    private LiveSanction() { }

    public Guid RoomId { get; private set; }
    public Guid AccountId { get; private set; }
    public LiveSanctionKind Kind { get; private set; }
    public Guid ByAccountId { get; private set; }
    public DateTime AtUtc { get; private set; }

    public static LiveSanction Impose(Guid roomId, Guid accountId, LiveSanctionKind kind, Guid by, DateTime now) =>
        new() { RoomId = roomId, AccountId = accountId, Kind = kind, ByAccountId = by, AtUtc = now };

    public void Change(LiveSanctionKind kind, Guid by, DateTime now)
    {
        Kind = kind;
        ByAccountId = by;
        AtUtc = now;
    }
}
