namespace Plaza.Web.Modules.Payments;

internal sealed record CheckoutRequest(Guid PaymentId, long AmountMinor, string Currency, string Description, string ReturnUrl);

internal sealed record ProviderCheckout(string Reference, string RedirectUrl);

/// <summary>A payment provider with a hosted payment page, refunds, and signed webhooks.</summary>
internal interface IPaymentProvider
{
    string Name { get; }

    /// <summary>
    /// Opens the hosted payment page for a payment, outside any database transaction (ADR 0016). Idempotent per
    /// <see cref="CheckoutRequest.PaymentId"/> (a real provider takes it as its idempotency key): asking again for the same
    /// payment returns the same checkout, which is how every start that races for one bill gets the one open checkout.
    /// </summary>
    Task<ProviderCheckout> CreateCheckout(CheckoutRequest request, CancellationToken ct);

    Task<string> Refund(string paymentReference, Guid refundId, long amountMinor, string currency, CancellationToken ct);
}
