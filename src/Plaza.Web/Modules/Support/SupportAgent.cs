namespace Plaza.Web.Modules.Support;

/// <summary>
/// A person at a store who answers conversations: how many open conversations they hold (<see cref="OpenCount"/>) and
/// their limit, and whether they are online (their inbox beat in the last <see cref="OnlineWindow"/> and they have not
/// stepped away). <see cref="OpenCount"/> moves only by conditional UPDATEs (under the limit for automatic assignment),
/// so however many conversations arrive at once nobody is given more than their limit.
/// </summary>
internal sealed class SupportAgent
{
    public const int DefaultLimit = 5, MaxLimit = 50;
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromSeconds(45);

    private SupportAgent() { }

    public Guid StoreId { get; private set; }
    public Guid AccountId { get; private set; }
    public int MaxOpen { get; private set; } = DefaultLimit;
    public int OpenCount { get; private set; }
    public bool Away { get; private set; }
    public DateTime LastSeenUtc { get; private set; }
    public DateTime? LastAssignedAtUtc { get; private set; }

    public bool IsOnline(DateTime now) => !Away && LastSeenUtc >= now - OnlineWindow;

    public void Set(int? maxOpen, bool? away)
    {
        if (maxOpen is { } max) MaxOpen = max;
        if (away is { } a) Away = a;
    }

    public static SupportAgent Seat(Guid storeId, Guid accountId, DateTime now) =>
        new() { StoreId = storeId, AccountId = accountId, LastSeenUtc = now };
}
