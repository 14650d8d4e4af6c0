namespace Plaza.Web.Modules.Referral;

/// <summary>What a commission rate row applies to; the most specific row for a line wins: product, then category, then the store's default.</summary>
internal enum RateScope { Default, Category, Product }

/// <summary>
/// A store's commission rates in basis points (1/100 of a percent) for level 1 (the promoter who brought the
/// customer in) and level 2 (that promoter's own promoter). One row per (store, scope, target); the default
/// row's target is <see cref="Guid.Empty"/>.
/// </summary>
internal sealed class CommissionRate
{
    public const int MaxBasisPoints = 5000;

    private CommissionRate() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public RateScope Scope { get; private set; }
    public Guid TargetId { get; private set; }
    public int Level1BasisPoints { get; private set; }
    public int Level2BasisPoints { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public static CommissionRate Create(Guid storeId, RateScope scope, Guid targetId, int level1, int level2, DateTime now)
    {
        if (scope == RateScope.Default && targetId != Guid.Empty) throw new ArgumentException("The default rate has no target.", nameof(targetId));
        var rate = new CommissionRate { Id = Guid.CreateVersion7(), StoreId = storeId, Scope = scope, TargetId = targetId };
        rate.Change(level1, level2, now);
        return rate;
    }

    public void Change(int level1, int level2, DateTime now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level1);
        ArgumentOutOfRangeException.ThrowIfNegative(level2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level1, MaxBasisPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level2, MaxBasisPoints);
        Level1BasisPoints = level1;
        Level2BasisPoints = level2;
        UpdatedAtUtc = now;
    }

    public int BasisPoints(int level) => level == 1 ? Level1BasisPoints : Level2BasisPoints;
}
