namespace Plaza.Web.Modules.Referral;

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
