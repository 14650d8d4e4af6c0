using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Payments.Sandbox;

internal enum SandboxCheckoutStatus { Open, Approved, Declined }

/// <summary>
/// The sandbox provider's own record of a hosted payment page. It stands in for an external
/// provider: Plaza learns the outcome only from the signed webhook the sandbox sends afterwards.
/// </summary>
internal sealed class SandboxCheckout
{
    public string Id { get; set; } = "";
    public string MerchantReference { get; set; } = "";
    public long AmountMinor { get; set; }
    public string Currency { get; set; } = "";
    public string Description { get; set; } = "";
    public string ReturnUrl { get; set; } = "";
    public SandboxCheckoutStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>An event the sandbox owes the merchant's webhook, retried until delivered.</summary>
internal sealed class SandboxEvent
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? DeliveredAtUtc { get; set; }
    public string? LastError { get; set; }
}

internal sealed class SandboxCheckoutConfiguration : IEntityTypeConfiguration<SandboxCheckout>
{
    public void Configure(EntityTypeBuilder<SandboxCheckout> b)
    {
        b.ToTable("sandbox_checkouts");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasMaxLength(40);
        b.Property(c => c.MerchantReference).HasMaxLength(100);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.Description).HasMaxLength(200);
        b.Property(c => c.ReturnUrl).HasMaxLength(500);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        // One checkout per merchant reference (the payment id): asking again for the same payment gets the same checkout.
        b.HasIndex(c => c.MerchantReference).IsUnique();
    }
}

internal sealed class SandboxEventConfiguration : IEntityTypeConfiguration<SandboxEvent>
{
    public void Configure(EntityTypeBuilder<SandboxEvent> b)
    {
        b.ToTable("sandbox_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasMaxLength(40);
        b.Property(e => e.Type).HasMaxLength(50);
        b.Property(e => e.Payload).HasMaxLength(4000);
        b.Property(e => e.LastError).HasMaxLength(500);
        b.HasIndex(e => new { e.DeliveredAtUtc, e.NextAttemptAtUtc });
    }
}
