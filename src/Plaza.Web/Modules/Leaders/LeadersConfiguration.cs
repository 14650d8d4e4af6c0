using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Leaders;

internal sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> b)
    {
        b.ToTable("leaders");
        b.HasKey(l => l.Id);
        b.Property(l => l.PointName).HasMaxLength(120);
        b.Property(l => l.Address).HasMaxLength(300);
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(l => new { l.StoreId, l.AccountId }).IsUnique();
        b.HasIndex(l => l.AccountId);
        b.HasIndex(l => l.PickupPointId);
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("leader_campaigns");
        b.HasKey(c => c.Id);
        b.Property(c => c.Title).HasMaxLength(120);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Ignore(c => c.IsPublished);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(c => new { c.StoreId, c.CutOffUtc });
    }
}

internal sealed class CampaignItemConfiguration : IEntityTypeConfiguration<CampaignItem>
{
    public void Configure(EntityTypeBuilder<CampaignItem> b)
    {
        b.ToTable("leader_campaign_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.ProductName).HasMaxLength(200);
        b.Property(i => i.SkuLabel).HasMaxLength(80);
        b.HasIndex(i => new { i.CampaignId, i.SkuId }).IsUnique();
    }
}

internal sealed class LeaderOrderConfiguration : IEntityTypeConfiguration<LeaderOrder>
{
    public void Configure(EntityTypeBuilder<LeaderOrder> b)
    {
        b.ToTable("leader_orders");
        b.HasKey(o => o.OrderId);
        b.Property(o => o.State).HasConversion<string>().HasMaxLength(10);
        b.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Leader>().WithMany().HasForeignKey(o => o.LeaderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.LeaderId, o.PlacedAtUtc });
        b.HasIndex(o => o.CampaignId);
        b.HasIndex(o => o.CustomerId);
    }
}
