namespace Plaza.Web.Modules.Referral;

internal enum CommissionStatus { Frozen, Released }

/// <summary>
/// What one promoter earned at one level on one completed order. Frozen until the after-sales window
/// closes, then released into the promoter's wallet. Refunds raise <see cref="ReversedMinor"/>: while
/// frozen that simply earns less; after release the wallet gets a negative entry as well.
/// </summary>
internal sealed class Commission
{
    private Commission() { }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int Level { get; private set; }
    public Guid PromoterId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid StoreId { get; private set; }
    /// <summary>What the commission was computed on: the lines' net amounts kept at completion, without the delivery fee.</summary>
    public long BaseMinor { get; private set; }
    public long AmountMinor { get; private set; }
    public long ReversedMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public CommissionStatus Status { get; private set; }
    public DateTime CompletedAtUtc { get; private set; }
    public DateTime ReleaseAtUtc { get; private set; }
    public DateTime? ReleasedAtUtc { get; private set; }

    public long EarnedMinor => AmountMinor - ReversedMinor;

    public static Commission Earn(Guid orderId, int level, Guid promoterId, Guid customerId, Guid storeId, long baseMinor, long amountMinor, string currency,
        DateTime completedAt, DateTime releaseAt)
    {
        if (level is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(level), "Commission is paid at two levels at most.");
        if (promoterId == customerId) throw new ArgumentException("Nobody earns commission on their own orders.", nameof(promoterId));
        return new Commission
        {
            Id = Guid.CreateVersion7(), OrderId = orderId, Level = level, PromoterId = promoterId, CustomerId = customerId, StoreId = storeId,
            BaseMinor = baseMinor, AmountMinor = amountMinor, Currency = currency, Status = CommissionStatus.Frozen,
            CompletedAtUtc = completedAt, ReleaseAtUtc = releaseAt,
        };
    }
}

/// <summary>One refund's effect on one commission (once per refund: keyed by the order's refunded total after it).</summary>
internal sealed class CommissionReversal
{
    private CommissionReversal() { }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public long RefundedTotalMinor { get; private set; }
    public long AmountMinor { get; private set; }
    /// <summary>True when the commission was already in the wallet, so the wallet got a negative entry.</summary>
    public bool AfterRelease { get; private set; }
    public DateTime AtUtc { get; private set; }

    public static CommissionReversal For(Guid commissionId, long refundedTotalMinor, long amountMinor, bool afterRelease, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), CommissionId = commissionId, RefundedTotalMinor = refundedTotalMinor, AmountMinor = amountMinor,
        AfterRelease = afterRelease, AtUtc = now,
    };
}
