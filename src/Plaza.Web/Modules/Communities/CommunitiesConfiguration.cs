using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Communities;

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> b)
    {
        b.ToTable("communities");
        b.HasKey(c => c.Id);
        b.Property(c => c.Slug).HasMaxLength(Community.SlugMax);
        b.Property(c => c.Name).HasMaxLength(Community.NameMax);
        b.Property(c => c.Description).HasMaxLength(Community.DescriptionMax);
        b.Property(c => c.Rules).HasMaxLength(Community.RulesMax);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Visibility).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(c => c.Slug).IsUnique();
        b.HasIndex(c => c.StoreId);
        b.HasIndex(c => c.MemberCount);
        // One pinned community per store: the database refuses a second one even if two staff race.
        b.HasIndex(c => new { c.StoreId, c.IsPinned }, "ux_communities_pinned_store").IsUnique().HasFilter("is_pinned");
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.ToTable("community_members");
        b.HasKey(m => new { m.CommunityId, m.AccountId });
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(10);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(m => m.AccountId);
        b.HasOne<Community>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
