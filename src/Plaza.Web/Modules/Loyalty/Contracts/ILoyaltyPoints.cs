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

/// <summary>What other modules (the checkout page) may ask Loyalty.</summary>
internal interface ILoyaltyPoints
{
    Task<PointsWallet> Wallet(Guid accountId, CancellationToken ct);
}
