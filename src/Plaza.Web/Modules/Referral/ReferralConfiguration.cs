using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Referral;

internal sealed class PromoterConfiguration : IEntityTypeConfiguration<Promoter>
{
    public void Configure(EntityTypeBuilder<Promoter> b)
    {
        b.ToTable("referral_promoters");
        b.HasKey(p => p.AccountId);
    }
}

internal sealed class CommissionRateConfiguration : IEntityTypeConfiguration<CommissionRate>
{
    public void Configure(EntityTypeBuilder<CommissionRate> b)
    {
        b.ToTable("referral_commission_rates");
        b.HasKey(r => r.Id);
        b.Property(r => r.Scope).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(r => new { r.StoreId, r.Scope, r.TargetId }).IsUnique();
    }
}

internal sealed class CommissionConfiguration : IEntityTypeConfiguration<Commission>
{
    public void Configure(EntityTypeBuilder<Commission> b)
    {
        b.ToTable("referral_commissions");
        b.HasKey(c => c.Id);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        b.Ignore(c => c.EarnedMinor);
        b.HasIndex(c => new { c.OrderId, c.Level }).IsUnique();
        b.HasIndex(c => new { c.PromoterId, c.CompletedAtUtc });
        b.HasIndex(c => new { c.Status, c.ReleaseAtUtc });
    }
}

internal sealed class CommissionReversalConfiguration : IEntityTypeConfiguration<CommissionReversal>
{
    public void Configure(EntityTypeBuilder<CommissionReversal> b)
    {
        b.ToTable("referral_commission_reversals");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.CommissionId, r.RefundedTotalMinor }).IsUnique();
        b.HasOne<Commission>().WithMany().HasForeignKey(r => r.CommissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WalletEntryConfiguration : IEntityTypeConfiguration<WalletEntry>
{
    public void Configure(EntityTypeBuilder<WalletEntry> b)
    {
        b.ToTable("referral_wallet_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Currency).HasMaxLength(3);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Reference).HasMaxLength(60);
        b.Property(e => e.State).HasMaxLength(10);
        b.Property(e => e.PayoutReference).HasMaxLength(100);
        b.Property(e => e.SettlementNote).HasMaxLength(300);
        b.HasIndex(e => new { e.Kind, e.State, e.AtUtc });
        b.HasIndex(e => e.Reference).IsUnique();
        b.HasIndex(e => new { e.AccountId, e.AtUtc });
    }
}

internal sealed class WalletConfiguration : IEntityTypeConfiguration<Wallet>
{
    public void Configure(EntityTypeBuilder<Wallet> b)
    {
        b.ToTable("referral_wallets");
        b.HasKey(w => new { w.AccountId, w.Currency });
        b.Property(w => w.Currency).HasMaxLength(3);
    }
}
