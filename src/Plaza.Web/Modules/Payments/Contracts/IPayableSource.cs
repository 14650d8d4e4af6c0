namespace Plaza.Web.Modules.Payments.Contracts;

/// <summary>
/// Something a shopper can pay through Payments: an order, a membership card purchase. Its module says
/// what is owed and for how much, and where the provider sends the shopper back (the path; Payments adds
/// <c>?payment={id}</c>).
/// </summary>
internal sealed record Bill(Guid Id, string Description, long AmountMinor, string Currency, string ReturnPath);

internal enum PaymentApplied { Applied, TooLate }

/// <summary>A module whose bills Payments collects, keyed by <see cref="Kind"/> (stored on each payment). ADR 0013.</summary>
internal interface IPayableSource
{
    /// <summary>"order", "membership-card": stored on the payment, so the webhook finds the source again.</summary>
    string Kind { get; }

    /// <summary>
    /// The bill if this account may pay it now; null when there is no such bill for it (404). Throws DomainException,
    /// with the module's own code, when the bill is not waiting for payment (paid, cancelled, expired).
    /// </summary>
    Task<Bill?> ForPayment(Guid id, Guid accountId, CancellationToken ct);

    /// <summary>
    /// Applies a verified provider payment, inside the webhook's transaction (the caller saves). TooLate
    /// when the bill can no longer take it (cancelled, or already paid by another payment): the money goes back.
    /// </summary>
    Task<PaymentApplied> ApplyPayment(Guid id, Guid paymentId, long amountMinor, string currency, CancellationToken ct);
}
