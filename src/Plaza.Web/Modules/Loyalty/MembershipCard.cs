using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Loyalty;

internal enum CardPurchaseStatus { Pending, Paid }

/// <summary>
/// A shopper buying the paid membership card: one plan (days at a price) for the card's tier. It stays
/// Pending until the provider's verified webhook says it is paid (never on the browser's return); then it
/// records the stretch of validity it added to the shopper's <see cref="MembershipCard"/>.
/// </summary>
internal sealed class MembershipCardPurchase
{
    public const int NameMax = 60;

    private MembershipCardPurchase() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public string CardName { get; private set; } = "";
    public string TierName { get; private set; } = "";
    public string Plan { get; private set; } = "";
    public int Days { get; private set; }
    public long PriceMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public CardPurchaseStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? PaymentId { get; private set; }
    public DateTime? PaidAtUtc { get; private set; }
    public DateTime? ValidFromUtc { get; private set; }
    public DateTime? ValidUntilUtc { get; private set; }

    public static MembershipCardPurchase Create(Guid accountId, string cardName, string tierName, string plan, int days, long priceMinor, string currency,
        DateTime now)
    {
        if (days <= 0 || priceMinor <= 0) throw new ArgumentException("A plan of some days at some price.", nameof(days));
        return new()
        {
            Id = Guid.CreateVersion7(), AccountId = accountId, CardName = cardName.Length > NameMax ? cardName[..NameMax] : cardName, TierName = tierName,
            Plan = plan, Days = days, PriceMinor = priceMinor, Currency = currency, Status = CardPurchaseStatus.Pending, CreatedAtUtc = now,
        };
    }

    /// <summary>Paid: extends the card by this purchase's days and remembers the stretch it added. False when it was already paid.</summary>
    public bool Activate(MembershipCard card, Guid paymentId, DateTime now)
    {
        if (Status == CardPurchaseStatus.Paid) return false;
        if (card.AccountId != AccountId) throw new DomainException("card_mismatch", "That card belongs to someone else.");
        (ValidFromUtc, ValidUntilUtc) = card.Extend(Days, TierName, now);
        Status = CardPurchaseStatus.Paid;
        PaymentId = paymentId;
        PaidAtUtc = now;
        return true;
    }
}

/// <summary>
/// A shopper's paid membership card: valid until <see cref="ValidUntilUtc"/>. Each paid purchase extends it
/// from now, or from the end of the current validity while it is still valid (renewals stack). The version
/// token makes two purchases paid at the same moment extend it one after the other, never from the same end.
/// </summary>
internal sealed class MembershipCard
{
    private MembershipCard() { }

    public Guid AccountId { get; private set; }
    public string TierName { get; private set; } = "";
    public DateTime ValidUntilUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public static MembershipCard New(Guid accountId, DateTime now) => new() { AccountId = accountId, ValidUntilUtc = now, UpdatedAtUtc = now };

    public bool IsValidAt(DateTime now) => ValidUntilUtc > now;

    /// <returns>The stretch added: from the later of now and the current end, for <paramref name="days"/> days.</returns>
    public (DateTime From, DateTime Until) Extend(int days, string tierName, DateTime now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var from = IsValidAt(now) ? ValidUntilUtc : now;
        ValidUntilUtc = from.AddDays(days);
        TierName = tierName;
        UpdatedAtUtc = now;
        Version++;
        return (from, ValidUntilUtc);
    }
}

internal sealed class MembershipCardPurchaseConfiguration : IEntityTypeConfiguration<MembershipCardPurchase>
{
    public void Configure(EntityTypeBuilder<MembershipCardPurchase> b)
    {
        b.ToTable("membership_card_purchases");
        b.HasKey(p => p.Id);
        b.Property(p => p.CardName).HasMaxLength(MembershipCardPurchase.NameMax);
        b.Property(p => p.TierName).HasMaxLength(40);
        b.Property(p => p.Plan).HasMaxLength(CardPlanOptions.IdMax);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => new { p.AccountId, p.CreatedAtUtc });
    }
}

internal sealed class MembershipCardConfiguration : IEntityTypeConfiguration<MembershipCard>
{
    public void Configure(EntityTypeBuilder<MembershipCard> b)
    {
        b.ToTable("membership_cards");
        b.HasKey(c => c.AccountId);
        b.Property(c => c.TierName).HasMaxLength(40);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
