using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Platform.Events;

/// <summary>An event written in the same transaction as the change that raised it, waiting to be dispatched.</summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime OccurredAtUtc { get; set; }
    public DateTime? ProcessedAtUtc { get; set; }
    /// <summary>A node that takes the message holds it until then; another node may take it after.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// An event raised by a conditional statement rather than by a tracked aggregate (e.g. a sweep's UPDATE): add it to
    /// the context in the same transaction as that statement, and save.
    /// </summary>
    public static OutboxMessage For(IDomainEvent domainEvent, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = EventTypes.NameOf(domainEvent.GetType()),
        Payload = System.Text.Json.JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), System.Text.Json.JsonSerializerOptions.Web),
        OccurredAtUtc = now,
    };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Type).HasMaxLength(200);
        b.Property(m => m.Payload).HasMaxLength(8000);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.HasIndex(m => new { m.ProcessedAtUtc, m.OccurredAtUtc });
    }
}
