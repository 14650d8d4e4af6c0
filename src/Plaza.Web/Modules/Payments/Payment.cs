using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Payments;

internal enum PaymentStatus { Pending, Succeeded, Failed }

/// <summary>
/// One attempt to collect a bill (an order's total, a membership card's price: <see cref="Kind"/> and
/// <see cref="PayableId"/>, ADR 0013) through a provider. It becomes Succeeded only from a
/// verified provider event (a signed webhook), never from the shopper's browser coming back.
/// </summary>
internal sealed class Payment
{
    private Payment() { }

    public Guid Id { get; private set; }
    /// <summary>Which <see cref="Contracts.IPayableSource"/> the bill belongs to: "order", "membership-card".</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The bill's id in its module (the order's id for an order); no foreign key, as the bill is another module's.</summary>
    public Guid PayableId { get; private set; }
    public Guid AccountId { get; private set; }
    public string Provider { get; private set; } = "";
    public string? ProviderReference { get; private set; }
    public string? RedirectUrl { get; private set; }
    public long AmountMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public PaymentStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }

    public const int KindMax = 30;

    public static Payment Start(string kind, Guid payableId, Guid accountId, string provider, long amountMinor, string currency, DateTime now)
    {
        if (amountMinor <= 0) throw new DomainException("invalid_amount", "Nothing to pay.");
        if (kind.Length is 0 or > KindMax) throw new ArgumentException("A kind of 1 to 30 characters.", nameof(kind));
        return new Payment
        {
            Id = Guid.CreateVersion7(), Kind = kind, PayableId = payableId, AccountId = accountId,
            Provider = provider, AmountMinor = amountMinor, Currency = currency, CreatedAtUtc = now,
        };
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

/// <summary>A provider event id we have processed: a replayed event changes nothing.</summary>
internal sealed class WebhookReceipt
{
    public string EventId { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Type { get; set; } = "";
    public DateTime ReceivedAtUtc { get; set; }
}
