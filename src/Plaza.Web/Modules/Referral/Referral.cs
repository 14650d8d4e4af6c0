namespace Plaza.Web.Modules.Referral;

/// <summary>A shopper who opted in to earn commission on what the people they brought in buy (once per account).</summary>
internal sealed class Promoter
{
    private Promoter() { }

    public Guid AccountId { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }

    public static Promoter Join(Guid accountId, DateTime now) => new() { AccountId = accountId, JoinedAtUtc = now };
}

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

internal enum WalletEntryKind { CommissionReleased, Reversal, Withdrawal, WithdrawalReturned }

/// <summary>
/// One line of a promoter's wallet ledger: a released commission (+), a clawback after release (−), a
/// withdrawal request (−; pending until an administrator records it paid out by hand, or turns it down, which
/// returns it with a "returned" entry (+)). The balance is the sum of entries.
/// <see cref="Reference"/> is unique, so the same release, reversal or withdrawal is never entered twice.
/// </summary>
internal sealed class WalletEntry
{
    private WalletEntry() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public string Currency { get; private set; } = "";
    public WalletEntryKind Kind { get; private set; }
    public long AmountMinor { get; private set; }
    public string Reference { get; private set; } = "";
    public Guid? CommissionId { get; private set; }
    /// <summary>For withdrawals: <see cref="Pending"/>, then <see cref="Paid"/> or <see cref="Rejected"/> (changed by one conditional UPDATE).</summary>
    public string? State { get; private set; }
    public DateTime AtUtc { get; private set; }
    /// <summary>For a paid withdrawal: the bank transfer's reference, as the administrator typed it.</summary>
    public string? PayoutReference { get; private set; }
    /// <summary>For a turned-down withdrawal: why, as the promoter is told.</summary>
    public string? SettlementNote { get; private set; }
    public DateTime? SettledAtUtc { get; private set; }
    public Guid? SettledBy { get; private set; }

    public const string Pending = "pending";
    public const string Paid = "paid";
    public const string Rejected = "rejected";

    public static WalletEntry Released(Commission c, long amount, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), AccountId = c.PromoterId, Currency = c.Currency, Kind = WalletEntryKind.CommissionReleased,
        AmountMinor = amount, Reference = "release:" + c.Id, CommissionId = c.Id, AtUtc = now,
    };

    public static WalletEntry Clawback(Commission c, CommissionReversal r) => new()
    {
        Id = Guid.CreateVersion7(), AccountId = c.PromoterId, Currency = c.Currency, Kind = WalletEntryKind.Reversal,
        AmountMinor = -r.AmountMinor, Reference = "reversal:" + r.Id, CommissionId = c.Id, AtUtc = r.AtUtc,
    };

    public static WalletEntry Withdrawal(Guid accountId, string currency, long amount, DateTime now)
    {
        var id = Guid.CreateVersion7();
        return new WalletEntry
        {
            Id = id, AccountId = accountId, Currency = currency, Kind = WalletEntryKind.Withdrawal, AmountMinor = -amount,
            Reference = "withdrawal:" + id, State = Pending, AtUtc = now,
        };
    }

    /// <summary>A turned-down withdrawal's money back in the wallet; its reference makes it happen once.</summary>
    public static WalletEntry Returned(WalletEntry withdrawal, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), AccountId = withdrawal.AccountId, Currency = withdrawal.Currency, Kind = WalletEntryKind.WithdrawalReturned,
        AmountMinor = -withdrawal.AmountMinor, Reference = "returned:" + withdrawal.Id, AtUtc = now,
    };
}

/// <summary>
/// A promoter's balance in one currency: the sum of their wallet entries, kept in step with them in the
/// same transaction so a withdrawal can be guarded by one conditional UPDATE (balance ≥ amount).
/// A clawback after release may take it below zero; nothing can be withdrawn until it is positive again.
/// </summary>
internal sealed class Wallet
{
    private Wallet() { }

    public Guid AccountId { get; private set; }
    public string Currency { get; private set; } = "";
    public long BalanceMinor { get; private set; }

    public static Wallet Open(Guid accountId, string currency) => new() { AccountId = accountId, Currency = currency };
}
