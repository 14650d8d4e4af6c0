using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Modules.Sharing.Contracts;

namespace Plaza.Web.Modules.Sharing;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> b)
    {
        b.ToTable("share_links");
        b.HasKey(l => l.Id);
        b.Property(l => l.Code).HasMaxLength(ShareCode.Length);
        b.Property(l => l.TargetKind).HasMaxLength(ShareTargetRegistration.MaxNameLength);
        b.Ignore(l => l.Path);
        b.HasIndex(l => l.Code).IsUnique();
        // One link per sharer and target. Two partial indexes because NULL store ids never collide in a unique index.
        b.HasIndex(l => new { l.SharerAccountId, l.TargetKind, l.TargetId, l.StoreId }, "ux_share_links_sharer_store_target").IsUnique()
            .HasFilter("store_id IS NOT NULL");
        b.HasIndex(l => new { l.SharerAccountId, l.TargetKind, l.TargetId }, "ux_share_links_sharer_target").IsUnique().HasFilter("store_id IS NULL");
    }
}

internal sealed class ShareVisitConfiguration : IEntityTypeConfiguration<ShareVisit>
{
    public void Configure(EntityTypeBuilder<ShareVisit> b)
    {
        b.ToTable("share_visits");
        b.HasKey(v => new { v.ShareLinkId, v.Day, v.VisitorHash });
        b.Property(v => v.VisitorHash).HasMaxLength(64);
        b.HasOne<ShareLink>().WithMany().HasForeignKey(v => v.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShareSignupConfiguration : IEntityTypeConfiguration<ShareSignup>
{
    public void Configure(EntityTypeBuilder<ShareSignup> b)
    {
        b.ToTable("share_signups");
        b.HasKey(s => s.AccountId);
        b.Ignore(s => s.DomainEvents);
        b.HasIndex(s => s.ShareLinkId);
        b.HasOne<ShareLink>().WithMany().HasForeignKey(s => s.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShareAttributionConfiguration : IEntityTypeConfiguration<ShareAttribution>
{
    public void Configure(EntityTypeBuilder<ShareAttribution> b)
    {
        b.ToTable("share_attributions");
        b.HasKey(a => a.OrderId);
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(a => a.ShareLinkId);
        b.HasIndex(a => a.CustomerAccountId);
        b.HasOne<ShareLink>().WithMany().HasForeignKey(a => a.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
