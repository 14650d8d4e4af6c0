using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// Open: friends may cut and the starter may buy until it expires. Bought: an order holds it. Expired: its time ran out
/// unbought (<see cref="ExpireBargains"/>), or its order was cancelled after the time limit.
/// </summary>
internal enum BargainStatus { Open, Bought, Expired }

/// <summary>
/// One shopper's bargain. <see cref="CurrentPriceMinor"/> and <see cref="Cuts"/> change only with one conditional
/// UPDATE per cut (see <see cref="CutBargain.Execute"/>): the n-th cut takes <see cref="CutSchedule.Amount"/> of this
/// bargain's seed, so n = <see cref="ExpectedCuts"/> cuts land exactly on the floor and none goes below it.
/// <see cref="OpenSlot"/> holds the deal id while the bargain is open (null once bought or expired): a unique
/// (open_slot, starter_id) index keeps one open bargain per deal per shopper, even when two starts race.
/// </summary>
internal sealed class Bargain
{
    private Bargain() { }

    public Guid Id { get; private set; }
    public Guid DealId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid StarterId { get; private set; }
    public long StartPriceMinor { get; private set; }
    public long FloorPriceMinor { get; private set; }
    public long CurrentPriceMinor { get; private set; }
    public int ExpectedCuts { get; private set; }
    public int Cuts { get; private set; }
    public int Seed { get; private set; }
    public BargainStatus Status { get; private set; }
    public Guid? OpenSlot { get; private set; }
    public Guid? OrderId { get; private set; }
    public DateTime StartedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }

    public bool IsExpired(DateTime now) => ExpiresAtUtc <= now;

    /// <summary>What a view shows: Open, Bought, or Expired (also an open bargain whose time is up).</summary>
    public string State(DateTime now) => Status == BargainStatus.Open && IsExpired(now) ? nameof(BargainStatus.Expired) : Status.ToString();

    /// <param name="usualPriceMinor">The SKU's price at the store now: where the bargain starts.</param>
    public static Bargain Start(BargainDeal deal, Guid starterId, long usualPriceMinor, int seed, DateTime now)
    {
        if (!deal.IsActive(now)) throw new DomainException("deal_ended", "This bargain deal is not running.");
        if (deal.FloorPriceMinor + deal.ExpectedCuts > usualPriceMinor)
            throw new DomainException("deal_ended", "This bargain deal is not running.");
        return new Bargain
        {
            Id = Guid.CreateVersion7(), DealId = deal.Id, StoreId = deal.StoreId, SkuId = deal.SkuId, StarterId = starterId,
            StartPriceMinor = usualPriceMinor, FloorPriceMinor = deal.FloorPriceMinor, CurrentPriceMinor = usualPriceMinor,
            ExpectedCuts = deal.ExpectedCuts, Cuts = 0, Seed = seed, Status = BargainStatus.Open, OpenSlot = deal.Id,
            StartedAtUtc = now, ExpiresAtUtc = now + deal.TimeLimit,
        };
    }
}

/// <summary>One friend's cut: one per friend per bargain (unique index), never by the starter.</summary>
internal sealed class BargainCut
{
    private BargainCut() { }

    public Guid Id { get; private set; }
    public Guid BargainId { get; private set; }
    public Guid FriendId { get; private set; }
    public int Sequence { get; private set; }
    public long AmountMinor { get; private set; }
    public DateTime CutAtUtc { get; private set; }

    public static BargainCut Record(Guid bargainId, Guid friendId, int sequence, long amountMinor, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), BargainId = bargainId, FriendId = friendId, Sequence = sequence, AmountMinor = amountMinor, CutAtUtc = now };
}

/// <summary>
/// How much each cut takes, decided by the bargain's seed so it is random to people and repeatable to tests
/// and to every app node. The gap (start − floor) is split into <c>expectedCuts</c> shares: each at least one
/// minor unit, the rest by random weights (1 to 4) with cumulative rounding, so the shares add up to the gap
/// exactly and the last expected cut lands on the floor. Cuts after that take nothing.
/// </summary>
internal static class CutSchedule
{
    public static long[] Shares(long gap, int expectedCuts, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedCuts, 1);
        if (gap < expectedCuts) throw new ArgumentOutOfRangeException(nameof(gap), "At least one minor unit per cut.");
        var random = new Random(seed);
        var weights = new long[expectedCuts];
        for (var i = 0; i < expectedCuts; i++) weights[i] = random.Next(100, 401);
        var total = weights.Sum();
        var spare = gap - expectedCuts;
        var shares = new long[expectedCuts];
        long before = 0, running = 0;
        for (var i = 0; i < expectedCuts; i++)
        {
            running += weights[i];
            var upTo = (long)((Int128)spare * running / total);
            shares[i] = 1 + upTo - before;
            before = upTo;
        }
        return shares;
    }

    /// <summary>What cut number <paramref name="sequence"/> (1-based) takes; 0 past the expected number of cuts.</summary>
    public static long Amount(long gap, int expectedCuts, int seed, int sequence) =>
        sequence >= 1 && sequence <= expectedCuts ? Shares(gap, expectedCuts, seed)[sequence - 1] : 0;
}

/// <summary>
/// How many prices one account cut on one UTC day. Moved only by one conditional upsert in the cut's transaction
/// (a new row, or one more while below the daily limit), so racing cuts by one account cannot pass the limit.
/// </summary>
internal sealed class BargainCutDay
{
    private BargainCutDay() { }

    public Guid AccountId { get; private set; }
    public DateOnly Day { get; private set; }
    public int Cuts { get; private set; }
}
