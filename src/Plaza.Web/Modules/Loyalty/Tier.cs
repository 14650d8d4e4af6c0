namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// A membership tier, reached by growth value. Benefits: a points multiplier on order earnings, a member
/// price (a percentage off every unit price, stage 1 of checkout pricing) and free delivery when what is
/// left to pay after coupons reaches a threshold (null: never; 0: always).
/// </summary>
internal sealed record Tier(string Name, long FromGrowth, int PointsMultiplierPercent, int MemberPricePercentOff, long? FreeDeliveryFromMinor)
{
    public static readonly IReadOnlyList<Tier> Defaults =
    [
        new("Member", 0, 100, 0, null),
        new("Silver", 500, 125, 3, 5000),
        new("Gold", 2000, 150, 5, 0),
    ];

    /// <summary>The highest tier whose threshold the growth value has reached (the lowest tier for anything below).</summary>
    public static Tier For(long growth, IReadOnlyList<Tier> tiers) =>
        tiers.LastOrDefault(t => growth >= t.FromGrowth) ?? tiers[0];

    /// <summary>The next tier up, or null at the top.</summary>
    public static Tier? Next(long growth, IReadOnlyList<Tier> tiers) => tiers.FirstOrDefault(t => t.FromGrowth > growth);

    /// <summary>Points for an order paid with <paramref name="paidMinor"/>: whole currency units × rate × this tier's multiplier, rounded down.</summary>
    public long OrderPoints(long paidMinor, int pointsPerUnit) =>
        paidMinor <= 0 ? 0 : paidMinor / 100 * pointsPerUnit * PointsMultiplierPercent / 100;

    /// <summary>A unit price after the member discount, rounded up so the shop never gives more than the percentage.</summary>
    public long MemberUnitPrice(long unitPriceMinor) =>
        MemberPricePercentOff <= 0 ? unitPriceMinor : unitPriceMinor - unitPriceMinor * Math.Min(MemberPricePercentOff, 100) / 100;

    public bool FreeDelivery(long goodsMinor) => FreeDeliveryFromMinor is { } from && goodsMinor >= from;
}

/// <summary>
/// Which earnings are still there to expire. Spending, expiry and reversals use up the earnings that expire
/// soonest first (FIFO): so what expires by a moment is what the earnings expiring by then add up to, less
/// everything ever taken off, and never below zero. Earnings that have not expired yet are never touched.
/// </summary>
internal static class PointsExpiry
{
    public sealed record Earning(long Amount, DateTime ExpiresAtUtc);

    /// <param name="earnings">Positive entries with their expiry.</param>
    /// <param name="takenOff">The sum of every negative entry so far, as a positive number (redeemed, expired, reversed).</param>
    public static long ExpiringBy(IEnumerable<Earning> earnings, long takenOff, DateTime by) =>
        Math.Max(0, earnings.Where(e => e.ExpiresAtUtc <= by).Sum(e => e.Amount) - takenOff);

    /// <summary>
    /// What is left of the earnings that expire after <paramref name="after"/>, as amounts and when each goes, soonest first:
    /// the steps of <see cref="ExpiringBy"/> from one expiry to the next, so it never disagrees with what the sweep will take.
    /// </summary>
    public static IReadOnlyList<Earning> Schedule(IReadOnlyCollection<Earning> earnings, long takenOff, DateTime after)
    {
        var schedule = new List<Earning>();
        var gone = ExpiringBy(earnings, takenOff, after);
        foreach (var at in earnings.Select(e => e.ExpiresAtUtc).Where(t => t > after).Distinct().Order())
        {
            var by = ExpiringBy(earnings, takenOff, at);
            if (by > gone) schedule.Add(new Earning(by - gone, at));
            gone = by;
        }
        return schedule;
    }
}

/// <summary>Which tier's benefits a shopper gets: the higher of the growth tier and a valid paid card's tier.</summary>
internal static class EffectiveTier
{
    /// <param name="growthTier">The tier reached by growth value.</param>
    /// <param name="cardTierName">The tier a card valid right now gives, or null without one.</param>
    /// <param name="tiers">The configured tiers, lowest first. A card naming a tier not in the list gives nothing.</param>
    public static Tier Of(Tier growthTier, string? cardTierName, IReadOnlyList<Tier> tiers)
    {
        var card = cardTierName is null ? null : tiers.FirstOrDefault(t => t.Name == cardTierName);
        return card is not null && card.FromGrowth > growthTier.FromGrowth ? card : growthTier;
    }
}
