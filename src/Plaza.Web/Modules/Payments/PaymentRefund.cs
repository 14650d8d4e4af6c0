namespace Plaza.Web.Modules.Payments;

internal enum RefundStatus { Pending, Succeeded, Failed }

/// <summary>
/// Money going back for a payment. Recorded — Pending, not yet submitted — in the transaction that decides it; sent to the
/// provider only after that transaction commits (ADR 0016), which gives it its <see cref="ProviderReference"/>; Succeeded
/// when the provider's signed event confirms it; Failed when the provider refused it (<see cref="LastError"/> says why).
/// </summary>
internal sealed class PaymentRefund
{
    /// <summary>
    /// How long a submission may take before someone else may try again: the request that recorded the refund has this
    /// long to submit it before the sweep does, and so has whoever claimed it. Longer than any provider call.
    /// </summary>
    public static readonly TimeSpan SubmitLease = TimeSpan.FromMinutes(2);

    private PaymentRefund() { }

    public Guid Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public long AmountMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public RefundStatus Status { get; private set; }
    public string? ProviderReference { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>Set while the refund still has to go to the provider: when the next try may start. Null once submitted or refused.</summary>
    public DateTime? SubmitAfterUtc { get; private set; }

    /// <summary>Tries claimed so far; a claim is one conditional UPDATE on this count, so only one node submits at a time.</summary>
    public int SubmitAttempts { get; private set; }

    /// <summary>The provider's last answer when it failed or refused.</summary>
    public string? LastError { get; private set; }

    /// <summary>The request that asked for it ("{caller}/{Idempotency-Key}"), unique: that request's retries find this refund.</summary>
    public string? RequestKey { get; private set; }

    public const int ErrorMax = 500;

    public static PaymentRefund Request(Payment payment, long amountMinor, string reason, DateTime now, string? requestKey = null) => new()
    {
        Id = Guid.CreateVersion7(), PaymentId = payment.Id, AmountMinor = amountMinor, Currency = payment.Currency,
        Reason = reason.Length > 200 ? reason[..200] : reason, CreatedAtUtc = now, SubmitAfterUtc = now + SubmitLease, RequestKey = requestKey,
    };

    public void Succeed(DateTime now)
    {
        if (Status != RefundStatus.Pending) return;
        Status = RefundStatus.Succeeded;
        CompletedAtUtc = now;
    }
}
