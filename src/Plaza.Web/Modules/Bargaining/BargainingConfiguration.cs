using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Bargaining;

internal sealed class BargainDealConfiguration : IEntityTypeConfiguration<BargainDeal>
{
    public void Configure(EntityTypeBuilder<BargainDeal> b)
    {
        b.ToTable("bargain_deals");
        b.HasKey(d => d.Id);
        b.Property(d => d.ProductName).HasMaxLength(200);
        b.Property(d => d.SkuLabel).HasMaxLength(80);
        b.Property(d => d.Currency).HasMaxLength(3);
        b.Ignore(d => d.TimeLimit);
        b.HasIndex(d => new { d.StoreId, d.EndsAtUtc });
        b.HasIndex(d => d.ProductId);
    }
}

internal sealed class BargainConfiguration : IEntityTypeConfiguration<Bargain>
{
    public void Configure(EntityTypeBuilder<Bargain> b)
    {
        b.ToTable("bargains");
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.HasOne<BargainDeal>().WithMany().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OpenSlot, x.StarterId }).IsUnique();
        b.HasIndex(x => new { x.StarterId, x.StartedAtUtc });
        b.HasIndex(x => x.DealId);
        b.HasIndex(x => x.OrderId);
    }
}

internal sealed class BargainCutConfiguration : IEntityTypeConfiguration<BargainCut>
{
    public void Configure(EntityTypeBuilder<BargainCut> b)
    {
        b.ToTable("bargain_cuts");
        b.HasKey(c => c.Id);
        b.HasOne<Bargain>().WithMany().HasForeignKey(c => c.BargainId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.BargainId, c.FriendId }).IsUnique();
        b.HasIndex(c => new { c.FriendId, c.CutAtUtc });
    }
}

internal sealed class BargainCutDayConfiguration : IEntityTypeConfiguration<BargainCutDay>
{
    public void Configure(EntityTypeBuilder<BargainCutDay> b)
    {
        b.ToTable("bargain_cut_days");
        b.HasKey(d => new { d.AccountId, d.Day });
    }
}
