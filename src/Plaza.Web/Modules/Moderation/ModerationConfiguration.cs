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
        b.Property(a => a.ModelVersion).HasMaxLength(ModerationAction.ModelVersionMax);
        b.HasIndex(a => a.AtUtc);
        b.HasIndex(a => new { a.TargetKind, a.TargetId });
        b.HasIndex(a => new { a.SubjectAccountId, a.AtUtc });
    }
}

internal sealed class SpamLabelConfiguration : IEntityTypeConfiguration<SpamLabel>
{
    public void Configure(EntityTypeBuilder<SpamLabel> b)
    {
        b.ToTable("spam_labels");
        b.HasKey(l => l.Id);
        b.Property(l => l.ContentKind).HasMaxLength(20);
        b.Property(l => l.Text).HasMaxLength(SpamLabel.TextMax);
        b.Property(l => l.ModelVersion).HasMaxLength(ModerationAction.ModelVersionMax);
        b.HasIndex(l => l.DecidedAtUtc);
        b.HasIndex(l => l.AuthorId);
    }
}

internal sealed class SpamModelVersionConfiguration : IEntityTypeConfiguration<SpamModelVersion>
{
    public void Configure(EntityTypeBuilder<SpamModelVersion> b)
    {
        b.ToTable("spam_model_versions");
        b.HasKey(v => v.Number);
        b.Property(v => v.Number).ValueGeneratedNever();
        b.Property(v => v.Version).HasMaxLength(ModerationAction.ModelVersionMax);
        b.Property(v => v.BaseHash).HasMaxLength(64);
        b.HasIndex(v => v.Version).IsUnique();
    }
}
