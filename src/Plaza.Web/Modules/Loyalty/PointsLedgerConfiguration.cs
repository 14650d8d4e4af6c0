using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Loyalty;

internal sealed class PointsAccountConfiguration : IEntityTypeConfiguration<PointsAccount>
{
    public void Configure(EntityTypeBuilder<PointsAccount> b)
    {
        b.ToTable("points_accounts", t => t.HasCheckConstraint("ck_points_accounts_balance", "balance >= 0"));
        b.HasKey(a => a.AccountId);
    }
}

internal sealed class PointsEntryConfiguration : IEntityTypeConfiguration<PointsEntry>
{
    public void Configure(EntityTypeBuilder<PointsEntry> b)
    {
        b.ToTable("points_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Source).HasMaxLength(PointsEntry.SourceMax);
        b.HasIndex(e => new { e.AccountId, e.Kind, e.Source }).IsUnique();
        b.HasIndex(e => new { e.AccountId, e.CreatedAtUtc });
        b.HasIndex(e => e.OrderId);
        b.HasOne<PointsAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
