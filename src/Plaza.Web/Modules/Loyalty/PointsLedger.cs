using Microsoft.EntityFrameworkCore;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>Why points moved. Earnings are positive, spending and taking back negative.</summary>
internal enum PointsKind { EarnedOrder, ReviewPhotos, CheckIn, Invitation, Redeemed, Expired, Reversed, RefundReturn }

/// <summary>
/// One account's points and growth value. <see cref="Balance"/> and <see cref="Growth"/> only move by one
/// conditional UPDATE in the same transaction as the <see cref="PointsEntry"/> that explains the move, so
/// the balance always equals the sum of the entries and never goes below zero (ADR 0004).
/// </summary>
internal sealed class PointsAccount
{
    private PointsAccount() { }

    public Guid AccountId { get; private set; }
    public long Balance { get; private set; }
    /// <summary>Growth value: what decides the membership tier (spending on completed orders, check-ins, reviews). Never spent.</summary>
    public long Growth { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public static PointsAccount Open(Guid accountId, DateTime now) => new() { AccountId = accountId, CreatedAtUtc = now };

    /// <summary>For seeding: an account whose balance and growth are the sums of the entries it starts with.</summary>
    public static PointsAccount WithHistory(Guid accountId, IReadOnlyList<PointsEntry> entries, DateTime now)
    {
        var account = Open(accountId, now);
        account.Balance = entries.Sum(e => e.Amount);
        account.Growth = entries.Sum(e => e.Growth);
        if (account.Balance < 0 || account.Growth < 0) throw new ArgumentException("A history never below zero.", nameof(entries));
        return account;
    }
}

/// <summary>
/// A line of the append-only points ledger. (Account, Kind, Source) is unique, so an event handled twice,
/// a second check-in the same day or a retried redemption cannot write a second entry.
/// </summary>
internal sealed class PointsEntry
{
    public const int SourceMax = 120;

    private PointsEntry() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public PointsKind Kind { get; private set; }
    /// <summary>Signed: earnings and returns are positive; redeemed, expired and reversed negative.</summary>
    public long Amount { get; private set; }
    /// <summary>Signed growth value that came (or went) with this entry.</summary>
    public long Growth { get; private set; }
    /// <summary>What the entry is for, e.g. "order:{id}", "review:{id}", "day:2026-11-22": the idempotency key.</summary>
    public string Source { get; private set; } = "";
    public Guid? OrderId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>For positive entries: when what is left of them expires.</summary>
    public DateTime? ExpiresAtUtc { get; private set; }

    public static PointsEntry Create(Guid accountId, PointsKind kind, long amount, long growth, string source, Guid? orderId, DateTime now, DateTime? expiresAt)
    {
        if (amount == 0 && growth == 0) throw new ArgumentException("An entry moves points or growth.", nameof(amount));
        if (source.Length is 0 or > SourceMax) throw new ArgumentException("A source of 1 to 120 characters.", nameof(source));
        return new()
        {
            Id = Guid.CreateVersion7(), AccountId = accountId, Kind = kind, Amount = amount, Growth = growth, Source = source,
            OrderId = orderId, CreatedAtUtc = now, ExpiresAtUtc = amount > 0 ? expiresAt : null,
        };
    }
}
