using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Moderation;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.ToTable("reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.ContentKind).HasMaxLength(20);
        b.Property(r => r.Reason).HasConversion<string>().HasMaxLength(12);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(8);
        b.Property(r => r.Note).HasMaxLength(Report.NoteMax);
        // One report per reporter per item: two taps at once end in one row.
        b.HasIndex(r => new { r.ContentKind, r.ContentId, r.ReporterId }).IsUnique();
        b.HasIndex(r => new { r.Status, r.CreatedAtUtc });
        b.HasIndex(r => new { r.ReporterId, r.CreatedAtUtc });
    }
}

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> b)
    {
        b.ToTable("moderation_actions");
        b.HasKey(a => a.Id);
        b.Property(a => a.Action).HasMaxLength(12);
        b.Property(a => a.TargetKind).HasMaxLength(20);
        b.Property(a => a.Reason).HasMaxLength(ModerationAction.ReasonMax);
        b.HasIndex(a => a.AtUtc);
        b.HasIndex(a => new { a.TargetKind, a.TargetId });
        b.HasIndex(a => new { a.SubjectAccountId, a.AtUtc });
    }
}
