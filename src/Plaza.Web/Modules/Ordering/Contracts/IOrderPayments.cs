namespace Plaza.Web.Modules.Ordering.Contracts;

internal sealed record PayableOrder(Guid Id, string Number, Guid StoreId, long TotalMinor, string Currency, bool AwaitingPayment);

internal enum PaymentApplied { Applied, TooLate }

/// <summary>What Payments may do to orders.</summary>
internal interface IOrderPayments
{
    /// <summary>The order if this account may pay for it (its customer, or the staff member who placed it).</summary>
    Task<PayableOrder?> ForPayment(Guid orderId, Guid accountId, CancellationToken ct);

    /// <summary>Marks the order paid after a verified provider event; TooLate when it was cancelled meanwhile.</summary>
    Task<PaymentApplied> ApplyPayment(Guid orderId, Guid paymentId, long amountMinor, string currency, CancellationToken ct);
}
