using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.Web.Modules.Notifications;

/// <summary>What a notification is about; people choose which kinds they get.</summary>
internal enum NotificationKind { OrderStatus, NewFollower, Like, Comment, Reply, Mention, ContentRemoved, ModeratorWarning, GroupBuy, Bargain, Payout, Coupon, LeaderCampaign, FlashSale }

/// <summary>
/// One in-app notification. It stores facts (kind, subject, parameters), not sentences, so it is
/// shown in the reader's language at the time they read it.
/// </summary>
internal sealed class Notification
{
    private Notification() { }

    public Guid Id { get; private set; }
    public Guid RecipientId { get; private set; }
    public NotificationKind Kind { get; private set; }
    /// <summary>The event that caused it: the same event handled twice makes one notification.</summary>
    public Guid SourceEventId { get; private set; }
    public Guid? SubjectId { get; private set; }
    /// <summary>Small facts for the message, e.g. an order number and its new status.</summary>
    public string Data { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    public static Notification Create(Guid recipientId, NotificationKind kind, Guid sourceEventId, Guid? subjectId, string data, string? link, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), RecipientId = recipientId, Kind = kind, SourceEventId = sourceEventId,
        SubjectId = subjectId, Data = data, Link = link, CreatedAtUtc = now,
    };
}

/// <summary>A kind someone switched off. No row means on: everything is on until a person says otherwise.</summary>
internal sealed class NotificationOptOut
{
    public Guid AccountId { get; set; }
    public NotificationKind Kind { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
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
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
