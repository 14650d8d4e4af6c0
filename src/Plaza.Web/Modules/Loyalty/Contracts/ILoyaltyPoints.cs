namespace Plaza.Web.Modules.Loyalty.Contracts;

/// <summary>A shopper's points as checkout shows them: the balance, and how many may be used on an order.</summary>
internal sealed record PointsWallet(long Balance, int SpendCapPercent, int PointsPerCurrencyUnit)
{
    /// <summary>
    /// The most points an order may use: <see cref="SpendCapPercent"/> of what is left to pay after coupons, in points,
    /// rounded down, and no more than the balance.
    /// </summary>
    public long CapFor(long leftMinor) => Math.Min(Balance, MaxFor(leftMinor, SpendCapPercent, PointsPerCurrencyUnit));

    public static long MaxFor(long leftMinor, int capPercent, int pointsPerUnit) =>
        Math.Max(0, leftMinor) * Math.Clamp(capPercent, 0, 100) / 100 * Math.Max(1, pointsPerUnit) / 100;
}

/// <summary>Points that expire together: how many, and when.</summary>
internal sealed record PointsLot(long Points, DateTime ExpiresAtUtc);

/// <summary>A shopper's points balance and what of it expires when, soonest first.</summary>
internal sealed record PointsStatement(long Balance, IReadOnlyList<PointsLot> Expiring);

/// <summary>
/// A shopper's membership. <see cref="Tier"/> is the tier whose benefits they get now: the higher of <see cref="GrowthTier"/> (reached by
/// growth value) and a valid paid card's, which lasts until <see cref="CardValidUntilUtc"/>. <see cref="NextTier"/> and
/// <see cref="GrowthToNext"/> say what growth is missing for the next tier (null at the top). Tier names are English keys pages translate.
/// </summary>
internal sealed record TierStanding(string Tier, string GrowthTier, long Growth, string? NextTier, long? GrowthToNext, DateTime? CardValidUntilUtc);

/// <summary>What other modules (the checkout page, Support's assistant) may ask Loyalty about a shopper.</summary>
internal interface ILoyaltyPoints
{
    Task<PointsWallet> Wallet(Guid accountId, CancellationToken ct);

    /// <summary>The balance and the points still to expire, counted as the expiry sweep will take them.</summary>
    Task<PointsStatement> Statement(Guid accountId, CancellationToken ct);

    /// <summary>The shopper's tier and what is missing for the next, as the membership page shows them.</summary>
    Task<TierStanding> Standing(Guid accountId, CancellationToken ct);
}
