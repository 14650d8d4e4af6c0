using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// A merchant's bargain deal (砍价, issue 4): one SKU at one store that shoppers may start bargains on while the
/// deal runs. Friends cut a bargain's price from the usual price down toward <see cref="FloorPriceMinor"/>;
/// <see cref="ExpectedCuts"/> cuts reach the floor exactly; a bargain has <see cref="TimeLimitMinutes"/> to be
/// cut and bought. A shopper has at most one open bargain per deal.
/// </summary>
internal sealed class BargainDeal : SkuDeal
{
    public const int MinCuts = 2, MaxCuts = 50, MinTimeLimitMinutes = 10, MaxTimeLimitMinutes = 7 * 24 * 60;

    private BargainDeal() { }

    public string ProductName { get; private set; } = "";
    public string SkuLabel { get; private set; } = "";
    public long FloorPriceMinor { get; private set; }
    public int ExpectedCuts { get; private set; }
    public int TimeLimitMinutes { get; private set; }
    public Guid CreatedById { get; private set; }

    public TimeSpan TimeLimit => TimeSpan.FromMinutes(TimeLimitMinutes);

    /// <param name="usualPriceMinor">What the store sells the SKU for now: the floor must leave at least one minor unit per cut.</param>
    public static BargainDeal Create(Guid storeId, Guid skuId, Guid productId, string productName, string skuLabel, long usualPriceMinor, string currency,
        long floorPriceMinor, int expectedCuts, int timeLimitMinutes, DateTime startsAtUtc, DateTime endsAtUtc, Guid createdById, DateTime now)
    {
        if (expectedCuts is < MinCuts or > MaxCuts) throw new DomainException("invalid_cuts", "A bargain takes 2 to 50 cuts.");
        if (floorPriceMinor <= 0 || floorPriceMinor + expectedCuts > usualPriceMinor)
            throw new DomainException("floor_not_lower", "The floor price must be above zero and below the usual price by at least one penny per cut.");
        if (timeLimitMinutes is < MinTimeLimitMinutes or > MaxTimeLimitMinutes)
            throw new DomainException("invalid_time_limit", "A bargain lasts from 10 minutes to 7 days.");
        CheckWindow(startsAtUtc, endsAtUtc, now);
        return new BargainDeal
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, SkuId = skuId, ProductId = productId, ProductName = productName, SkuLabel = skuLabel,
            FloorPriceMinor = floorPriceMinor, Currency = currency, ExpectedCuts = expectedCuts, TimeLimitMinutes = timeLimitMinutes,
            StartsAtUtc = startsAtUtc, EndsAtUtc = endsAtUtc, CreatedById = createdById, CreatedAtUtc = now,
        };
    }

    /// <summary>How long bargains started from now on last (open ones keep their own deadline).</summary>
    public void LastFor(int timeLimitMinutes)
    {
        if (timeLimitMinutes is < MinTimeLimitMinutes or > MaxTimeLimitMinutes)
            throw new DomainException("invalid_time_limit", "A bargain lasts from 10 minutes to 7 days.");
        TimeLimitMinutes = timeLimitMinutes;
    }
}
