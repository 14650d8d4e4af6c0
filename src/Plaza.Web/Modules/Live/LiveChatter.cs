namespace Plaza.Web.Modules.Live;

/// <summary>
/// One viewer's recent chat in one room, for slow mode and the rate cap: moved only by one conditional upsert
/// (<see cref="ChatPace"/>), so two tabs on two nodes cannot both slip a message through. Times are Unix milliseconds
/// to compare them in SQL the same way on both databases.
/// </summary>
internal sealed class LiveChatter
{
    private LiveChatter() { }

    public Guid RoomId { get; private set; }
    public Guid AccountId { get; private set; }
    public long LastSentMs { get; private set; }
    public long WindowStartMs { get; private set; }
    public int WindowCount { get; private set; }
}
