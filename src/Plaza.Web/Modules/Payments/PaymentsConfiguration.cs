using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Platform.Idempotency;

namespace Plaza.Web.Modules.Payments;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("payments");
        b.HasKey(p => p.Id);
        b.Property(p => p.Kind).HasMaxLength(Payment.KindMax);
        b.Property(p => p.Provider).HasMaxLength(20);
        b.Property(p => p.ProviderReference).HasMaxLength(100);
        b.Property(p => p.RedirectUrl).HasMaxLength(500);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => new { p.Kind, p.PayableId });
        // One open checkout per bill: of several starts at once, one inserts the pending payment, the others find it.
        b.HasIndex(p => new { p.Kind, p.PayableId }, "ux_payments_open_bill").IsUnique().HasFilter("status = 'Pending'");
    }
}

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> b)
    {
        b.ToTable("payment_refunds");
        b.HasKey(r => r.Id);
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.Reason).HasMaxLength(200);
        b.Property(r => r.ProviderReference).HasMaxLength(100);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.LastError).HasMaxLength(PaymentRefund.ErrorMax);
        b.HasIndex(r => r.SubmitAfterUtc);
        b.Property(r => r.RequestKey).HasMaxLength(RequestKeys.MaxLength);
        b.HasIndex(r => r.RequestKey).IsUnique();
        b.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WebhookReceiptConfiguration : IEntityTypeConfiguration<WebhookReceipt>
{
    public void Configure(EntityTypeBuilder<WebhookReceipt> b)
    {
        b.ToTable("webhook_receipts");
        b.HasKey(r => new { r.Provider, r.EventId });
        b.Property(r => r.EventId).HasMaxLength(100);
        b.Property(r => r.Provider).HasMaxLength(20);
        b.Property(r => r.Type).HasMaxLength(50);
    }
}
