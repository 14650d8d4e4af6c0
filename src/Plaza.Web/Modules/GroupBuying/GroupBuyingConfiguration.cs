using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.GroupBuying;

internal sealed class GroupBuyDealConfiguration : IEntityTypeConfiguration<GroupBuyDeal>
{
    public void Configure(EntityTypeBuilder<GroupBuyDeal> b)
    {
        b.ToTable("group_buy_deals");
        b.HasKey(d => d.Id);
        b.Property(d => d.ProductName).HasMaxLength(200);
        b.Property(d => d.SkuLabel).HasMaxLength(80);
        b.Property(d => d.Currency).HasMaxLength(3);
        b.Ignore(d => d.TimeLimit);
        b.HasIndex(d => new { d.StoreId, d.EndsAtUtc });
        b.HasIndex(d => d.ProductId);
    }
}

internal sealed class GroupBuyTeamConfiguration : IEntityTypeConfiguration<GroupBuyTeam>
{
    public void Configure(EntityTypeBuilder<GroupBuyTeam> b)
    {
        b.ToTable("group_buy_teams");
        b.HasKey(t => t.Id);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(10);
        b.Ignore(t => t.SpotsLeft);
        b.HasOne<GroupBuyDeal>().WithMany().HasForeignKey(t => t.DealId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.DealId, t.Status });
        b.HasIndex(t => new { t.Status, t.ExpiresAtUtc });
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.ToTable("group_buy_members");
        b.HasKey(m => m.Id);
        b.Property(m => m.State).HasConversion<string>().HasMaxLength(10);
        b.HasOne<GroupBuyTeam>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.TeamId, m.CustomerId }).IsUnique();
        b.HasIndex(m => m.OrderId).IsUnique();
        b.HasIndex(m => m.CustomerId);
    }
}

internal sealed class ShopperDealClaimsConfiguration : IEntityTypeConfiguration<ShopperDealClaims>
{
    public void Configure(EntityTypeBuilder<ShopperDealClaims> b)
    {
        b.ToTable("group_buy_shopper_claims");
        b.HasKey(c => new { c.DealId, c.CustomerId });
    }
}
