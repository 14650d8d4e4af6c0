namespace Plaza.Web.Modules.Payments.Contracts;

/// <summary>Where a refund stands: recorded and on its way (not yet confirmed by the provider), paid back, or refused by the provider.</summary>
internal enum RefundState { Pending, Settled, Failed }

/// <summary>One refund of a bill, as the bill's owner may show it to the customer.</summary>
/// <param name="SettledAtUtc">When the provider confirmed it; null while pending or when refused.</param>
internal sealed record BillRefund(long AmountMinor, string Currency, RefundState State, DateTime RequestedAtUtc, DateTime? SettledAtUtc);

/// <summary>
/// Another module gives money back for one of its bills (kind and id, as in <see cref="IPayableSource"/>). Two steps, so
/// the provider is never called inside a database transaction (ADR 0016): <see cref="RequestRefund"/> records the refund in
/// the caller's transaction; after the commit, <see cref="SubmitRequested"/> sends it. A refund that a crash left unsent in
/// between is sent by Payments' sweep, once.
/// </summary>
internal interface IRefundGateway
{
    /// <summary>
    /// Records the refund in the caller's unit of work (the caller saves and commits). Throws DomainException (409) when
    /// the bill has no completed payment, or the currency is not the payment's. <paramref name="requestKey"/>, the request's
    /// caller and Idempotency-Key (Platform's RequestKeys), is kept on the refund under a unique index: one refund per key.
    /// </summary>
    Task RequestRefund(string kind, Guid billId, long amountMinor, string currency, string reason, string? requestKey, CancellationToken ct);

    /// <summary>Whether a refund was recorded for this request key: a run of the same request after a crash finds it and stops.</summary>
    Task<bool> Requested(string requestKey, CancellationToken ct);

    /// <summary>
    /// After the commit, outside any transaction: sends the refunds this scope recorded to the provider. Does not throw for
    /// the provider's sake — an outage is tried again by the sweep, a refusal is recorded on the refund.
    /// </summary>
    Task SubmitRequested(CancellationToken ct);

    /// <summary>The refunds recorded for the bill, oldest first; empty when there are none.</summary>
    Task<IReadOnlyList<BillRefund>> Refunds(string kind, Guid billId, CancellationToken ct);
}
