namespace Plaza.Web.Modules.Payments;

internal sealed record CheckoutRequest(Guid PaymentId, long AmountMinor, string Currency, string Description, string ReturnUrl);

internal sealed record ProviderCheckout(string Reference, string RedirectUrl);

/// <summary>A payment provider with a hosted payment page, refunds, and signed webhooks.</summary>
internal interface IPaymentProvider
{
    string Name { get; }
    Task<ProviderCheckout> CreateCheckout(CheckoutRequest request, CancellationToken ct);
    Task<string> Refund(string paymentReference, Guid refundId, long amountMinor, string currency, CancellationToken ct);
}
