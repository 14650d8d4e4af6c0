using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Social;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> b)
    {
        b.ToTable("follows");
        b.HasKey(f => new { f.FollowerId, f.TargetKind, f.TargetId });
        b.Property(f => f.TargetKind).HasConversion<string>().HasMaxLength(10);
        // Who follows a person or store, newest first.
        b.HasIndex(f => new { f.TargetKind, f.TargetId, f.CreatedAtUtc });
    }
}

internal sealed class FollowCountsConfiguration : IEntityTypeConfiguration<FollowCounts>
{
    public void Configure(EntityTypeBuilder<FollowCounts> b)
    {
        b.ToTable("follow_counts");
        b.HasKey(c => new { c.SubjectKind, c.SubjectId });
        b.Property(c => c.SubjectKind).HasConversion<string>().HasMaxLength(10);
    }
}
