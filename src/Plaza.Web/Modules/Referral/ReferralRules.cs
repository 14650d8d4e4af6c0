namespace Plaza.Web.Modules.Referral;

/// <summary>A customer's binding to the promoter whose link they signed up through, from the moment of sign-up.</summary>
internal sealed record Binding(Guid CustomerId, Guid PromoterId, DateTime BoundAtUtc)
{
    /// <summary>Whether an order placed at <paramref name="atUtc"/> falls inside the binding period.</summary>
    public bool ValidAt(DateTime atUtc, TimeSpan period) => atUtc >= BoundAtUtc && atUtc < BoundAtUtc + period;
}

/// <summary>Who earns on an order: level 1 and level 2 promoters, either possibly nobody.</summary>
internal sealed record Upline(Guid? Level1, Guid? Level2)
{
    public static readonly Upline Nobody = new(null, null);

    public IEnumerable<(int Level, Guid PromoterId)> Earners()
    {
        if (Level1 is { } l1) yield return (1, l1);
        if (Level2 is { } l2) yield return (2, l2);
    }
}

/// <summary>One order line for rate lookup: its product and category, and the amount commission is paid on.</summary>
internal sealed record RatedLine(Guid ProductId, Guid? CategoryId, long AmountMinor);

/// <summary>The referral rules with no I/O: who is bound to whom, who earns at which level, at what rate.</summary>
internal static class ReferralRules
{
    /// <summary>Never more than this many levels, whatever the chain of sign-ups looks like.</summary>
    public const int MaxLevels = 2;

    /// <summary>
    /// Whether <paramref name="customerId"/> may be bound to <paramref name="promoterId"/>: never to themselves,
    /// and never when it would close a cycle, i.e. the promoter is (directly or further up) bound to the customer.
    /// <paramref name="promoterUpline"/> is the promoter's own chain of promoters, nearest first.
    /// </summary>
    public static bool CanBind(Guid customerId, Guid promoterId, IEnumerable<Guid> promoterUpline) =>
        customerId != promoterId && !promoterUpline.Contains(customerId);

    /// <summary>
    /// Who earns on an order placed at <paramref name="placedAtUtc"/> by <paramref name="customerId"/>.
    /// <paramref name="customerBinding"/> is the customer's binding (if any), <paramref name="level1Binding"/>
    /// the level-1 promoter's own binding. Nothing for a purchase through one's own link; level 1 only while the
    /// customer's binding is valid and its promoter is a promoter; level 2 only while the level-1 promoter's
    /// binding is valid at the same moment, its promoter is a promoter, and is neither the customer nor level 1.
    /// </summary>
    public static Upline Resolve(Guid customerId, DateTime placedAtUtc, TimeSpan bindingPeriod, bool selfPurchase,
        Binding? customerBinding, Binding? level1Binding, Func<Guid, bool> isPromoter)
    {
        if (selfPurchase || customerBinding is null) return Upline.Nobody;
        var l1 = customerBinding.PromoterId;
        if (customerBinding.CustomerId != customerId || !customerBinding.ValidAt(placedAtUtc, bindingPeriod) || !isPromoter(l1)) return Upline.Nobody;
        // A cycle (A bound to B, B bound to A): the binding made later is the one that is never made.
        var earlierUpline = level1Binding is { } b && b.CustomerId == l1 && b.BoundAtUtc <= customerBinding.BoundAtUtc ? [b.PromoterId] : Array.Empty<Guid>();
        if (!CanBind(customerId, l1, earlierUpline)) return Upline.Nobody;

        if (level1Binding is null || level1Binding.CustomerId != l1) return new Upline(l1, null);
        var l2 = level1Binding.PromoterId;
        var l2Earns = level1Binding.ValidAt(placedAtUtc, bindingPeriod) && isPromoter(l2) && l2 != customerId && l2 != l1;
        return new Upline(l1, l2Earns ? l2 : null);
    }

    /// <summary>The rate for a line at a level: the product's row, else its category's, else the store default, else none.</summary>
    public static int BasisPoints(IReadOnlyCollection<CommissionRate> rates, Guid productId, Guid? categoryId, int level)
    {
        if (level is < 1 or > MaxLevels) return 0;
        var row = rates.FirstOrDefault(r => r.Scope == RateScope.Product && r.TargetId == productId)
            ?? (categoryId is { } c ? rates.FirstOrDefault(r => r.Scope == RateScope.Category && r.TargetId == c) : null)
            ?? rates.FirstOrDefault(r => r.Scope == RateScope.Default);
        return row?.BasisPoints(level) ?? 0;
    }

    /// <summary>Commission at a level on the lines: each line's amount at its rate, rounded down once on the total.</summary>
    public static long Amount(IReadOnlyCollection<CommissionRate> rates, IEnumerable<RatedLine> lines, int level)
    {
        long hundredthsOfBasis = 0;
        foreach (var line in lines)
            hundredthsOfBasis = checked(hundredthsOfBasis + line.AmountMinor * BasisPoints(rates, line.ProductId, line.CategoryId, level));
        return hundredthsOfBasis / 10_000;
    }

    /// <summary>
    /// How much of a commission should stand reversed once the order keeps only <paramref name="keptBaseMinor"/> of the
    /// <paramref name="baseMinor"/> it was computed on: the refunded share of the amount, rounded so a full refund reverses all.
    /// </summary>
    public static long ReversedFor(long amountMinor, long baseMinor, long keptBaseMinor)
    {
        if (baseMinor <= 0) return 0;
        var kept = Math.Clamp(keptBaseMinor, 0, baseMinor);
        return amountMinor - (long)((decimal)amountMinor * kept / baseMinor);
    }
}
