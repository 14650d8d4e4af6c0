using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Payments;

internal enum PaymentStatus { Pending, Succeeded, Failed }

/// <summary>
/// One attempt to collect an order's total through a provider. It becomes Succeeded only from a
/// verified provider event (a signed webhook), never from the shopper's browser coming back.
/// </summary>
internal sealed class Payment
{
    private Payment() { }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid AccountId { get; private set; }
    public string Provider { get; private set; } = "";
    public string? ProviderReference { get; private set; }
    public string? RedirectUrl { get; private set; }
    public long AmountMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public PaymentStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }

    public static Payment Start(Guid orderId, Guid accountId, string provider, long amountMinor, string currency, DateTime now)
    {
        if (amountMinor <= 0) throw new DomainException("invalid_amount", "Nothing to pay.");
        return new Payment { Id = Guid.CreateVersion7(), OrderId = orderId, AccountId = accountId, Provider = provider, AmountMinor = amountMinor, Currency = currency, CreatedAtUtc = now };
    }

    public void AttachCheckout(string reference, string redirectUrl)
    {
        ProviderReference = reference;
        RedirectUrl = redirectUrl;
    }

    /// <returns>false if this event was already applied.</returns>
    public bool Succeed(long amountMinor, string currency, DateTime now)
    {
        if (Status == PaymentStatus.Succeeded) return false;
        if (amountMinor != AmountMinor || currency != Currency)
            throw new DomainException("payment_amount_mismatch", "The provider reported a different amount.");
        Status = PaymentStatus.Succeeded;
        CompletedAtUtc = now;
        return true;
    }

    public void Fail(DateTime now)
    {
        if (Status != PaymentStatus.Pending) return;
        Status = PaymentStatus.Failed;
        CompletedAtUtc = now;
    }
}

internal enum RefundStatus { Pending, Succeeded, Failed }

internal sealed class PaymentRefund
{
    private PaymentRefund() { }

    public Guid Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public Guid OrderId { get; private set; }
    public long AmountMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public RefundStatus Status { get; private set; }
    public string? ProviderReference { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }

    public static PaymentRefund Request(Payment payment, long amountMinor, string reason, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), PaymentId = payment.Id, OrderId = payment.OrderId, AmountMinor = amountMinor,
        Currency = payment.Currency, Reason = reason.Length > 200 ? reason[..200] : reason, CreatedAtUtc = now,
    };

    public void Submitted(string providerReference) => ProviderReference = providerReference;

    public void Succeed(DateTime now)
    {
        if (Status != RefundStatus.Pending) return;
        Status = RefundStatus.Succeeded;
        CompletedAtUtc = now;
    }
}

/// <summary>A provider event id we have processed: a replayed event changes nothing.</summary>
internal sealed class WebhookReceipt
{
    public string EventId { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Type { get; set; } = "";
    public DateTime ReceivedAtUtc { get; set; }
}
