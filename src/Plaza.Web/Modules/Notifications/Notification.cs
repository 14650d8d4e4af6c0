using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Notifications;

/// <summary>
/// One in-app notification. It stores facts (kind, subject, parameters), not sentences, so it is
/// shown in the reader's language at the time they read it.
/// </summary>
internal sealed class Notification
{
    private Notification() { }

    public Guid Id { get; private set; }
    public Guid RecipientId { get; private set; }
    /// <summary>What it is about: a kind's name as a module registered it (<see cref="NotificationKindDefinition"/>).</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The event that caused it: the same event handled twice makes one notification.</summary>
    public Guid SourceEventId { get; private set; }
    public Guid? SubjectId { get; private set; }
    /// <summary>Small facts for the message, e.g. an order number and its new status.</summary>
    public string Data { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    public static Notification Create(Guid recipientId, string kind, Guid sourceEventId, Guid? subjectId, string data, string? link, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), RecipientId = recipientId, Kind = kind, SourceEventId = sourceEventId,
        SubjectId = subjectId, Data = data, Link = link, CreatedAtUtc = now,
    };
}

/// <summary>A kind someone switched off. No row means on: everything is on until a person says otherwise.</summary>
internal sealed class NotificationOptOut
{
    public Guid AccountId { get; set; }
    public string Kind { get; set; } = "";
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Kind).HasMaxLength(NotificationKindRegistration.MaxNameLength);
        b.Property(n => n.Data).HasMaxLength(1000);
        b.Property(n => n.Link).HasMaxLength(300);
        b.HasIndex(n => new { n.RecipientId, n.SourceEventId }).IsUnique();
        b.HasIndex(n => new { n.RecipientId, n.CreatedAtUtc });
    }
}

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> b)
    {
        b.ToTable("notification_opt_outs");
        b.HasKey(o => new { o.AccountId, o.Kind });
        b.Property(o => o.Kind).HasMaxLength(NotificationKindRegistration.MaxNameLength);
    }
}
