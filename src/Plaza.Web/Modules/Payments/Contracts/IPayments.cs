namespace Plaza.Web.Modules.Payments.Contracts;

/// <summary>
/// How every page and use case of another module starts paying one of its bills, and learns how that went. Which
/// module owns the bill is its kind (<see cref="IPayableSource.Kind"/>, ADR 0013); the provider stays Payments' business.
/// </summary>
internal interface IPayments
{
    /// <summary>
    /// Starts (or reuses the open) provider checkout for a bill and returns the hosted page to send the shopper to;
    /// null when the account has no such bill. Throws DomainException when the bill is not waiting for payment.
    /// </summary>
    Task<string?> StartCheckout(string kind, Guid billId, Guid accountId, CancellationToken ct);

    /// <summary>Whether the provider declined this payment of the bill (a signed payment.failed event arrived).</summary>
    Task<bool> Declined(Guid paymentId, string kind, Guid billId, CancellationToken ct);
}
