using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> b)
    {
        b.ToTable("support_conversations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Handler).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.HandoverReason).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Culture).HasMaxLength(10);
        b.Property(c => c.RatingComment).HasMaxLength(500);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.WithPerson);
        b.Ignore(c => c.DomainEvents);
        b.ReferencesOtherModule(StoreReferences.Store, nameof(Conversation.StoreId), DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.StoreId, c.Status, c.LastMessageAtUtc });
        b.HasIndex(c => new { c.StoreId, c.AssigneeId });
        b.HasIndex(c => new { c.CustomerId, c.LastMessageAtUtc });
    }
}

internal sealed class SupportMessageConfiguration : IEntityTypeConfiguration<SupportMessage>
{
    /// <summary>A card holds a handful of facts and actions; an order's coupons list is the longest.</summary>
    public const int CardJsonMax = 8000;

    public void Configure(EntityTypeBuilder<SupportMessage> b)
    {
        b.ToTable("support_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Author).HasConversion<string>().HasMaxLength(10);
        b.Property(m => m.Text).HasMaxLength(SupportMessage.TextMax);
        b.Property(m => m.Intent).HasMaxLength(30);
        b.Property(m => m.CardJson).HasMaxLength(CardJsonMax);
        b.Property(m => m.PhotoFileName).HasMaxLength(80);
        b.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.ConversationId, m.Seq }).IsUnique();
    }
}

internal sealed class ConversationStatusChangeConfiguration : IEntityTypeConfiguration<ConversationStatusChange>
{
    public void Configure(EntityTypeBuilder<ConversationStatusChange> b)
    {
        b.ToTable("support_status_changes");
        b.HasKey(c => c.Id);
        b.Property(c => c.From).HasConversion<string>().HasMaxLength(10).HasColumnName("from_status");
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(10).HasColumnName("to_status");
        b.HasOne<Conversation>().WithMany().HasForeignKey(c => c.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ConversationId, c.AtUtc });
    }
}

internal sealed class SupportAgentConfiguration : IEntityTypeConfiguration<SupportAgent>
{
    public void Configure(EntityTypeBuilder<SupportAgent> b)
    {
        b.ToTable("support_agents");
        b.HasKey(a => new { a.StoreId, a.AccountId });
        b.ReferencesOtherModule(StoreReferences.Store, nameof(SupportAgent.StoreId), DeleteBehavior.Cascade);
        b.HasIndex(a => a.AccountId);
    }
}

internal sealed class ServiceTargetsConfiguration : IEntityTypeConfiguration<ServiceTargets>
{
    public void Configure(EntityTypeBuilder<ServiceTargets> b)
    {
        b.ToTable("support_service_targets");
        b.HasKey(t => t.StoreId);
        b.Ignore(t => t.FirstResponse);
        b.Ignore(t => t.Resolution);
        b.ReferencesOtherModule(StoreReferences.Store, nameof(ServiceTargets.StoreId), DeleteBehavior.Cascade);
    }
}

internal sealed class SupportCycleConfiguration : IEntityTypeConfiguration<SupportCycle>
{
    public void Configure(EntityTypeBuilder<SupportCycle> b)
    {
        b.ToTable("support_cycles");
        b.HasKey(c => c.Id);
        b.Property(c => c.ResolvedBy).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.AnsweredBy).HasConversion<string>().HasMaxLength(10);
        b.HasOne<Conversation>().WithMany().HasForeignKey(c => c.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.StoreId, c.ResolvedAtUtc });
        b.HasIndex(c => new { c.ConversationId, c.ResolvedAtUtc });
    }
}

internal sealed class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> b)
    {
        b.ToTable("support_canned_replies");
        b.HasKey(r => r.Id);
        b.Property(r => r.Title).HasMaxLength(CannedReply.TitleMax);
        b.Property(r => r.Body).HasMaxLength(CannedReply.BodyMax);
        b.ReferencesOtherModule(StoreReferences.Store, nameof(CannedReply.StoreId), DeleteBehavior.Cascade);
        b.HasIndex(r => r.StoreId);
    }
}
