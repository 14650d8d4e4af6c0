namespace Plaza.Web.Modules.Live;

/// <summary>A shopper asked to be told when a room goes live.</summary>
internal sealed class LiveReminder
{
    private LiveReminder() { }

    public Guid RoomId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTime AskedAtUtc { get; private set; }

    public static LiveReminder Ask(Guid roomId, Guid accountId, DateTime now) => new() { RoomId = roomId, AccountId = accountId, AskedAtUtc = now };
}
