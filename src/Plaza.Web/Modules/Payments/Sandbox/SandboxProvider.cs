using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Payments.Sandbox;

/// <summary>
/// A built-in provider that behaves like a real hosted payment page: Plaza redirects the shopper
/// to /sandbox/checkout/{id}; the shopper approves or declines there; the sandbox then calls Plaza's
/// webhook with an HMAC-signed event (see SandboxWebhookSender). Refunds produce events the same way.
/// </summary>
internal sealed class SandboxProvider(PlazaDb db, IServiceScopeFactory scopes, TimeProvider clock, SandboxWebhookSender sender) : IPaymentProvider
{
    public const string ProviderName = "sandbox";
    public string Name => ProviderName;

    /// <summary>
    /// Idempotent, as real providers are with an idempotency key: the merchant's payment id names the checkout, so asking again
    /// for the same payment (a start that lost a race, a retry after a crash) gets the same checkout. Recorded at once, in the
    /// sandbox's own unit of work, as a provider's answer would be: never part of the merchant's.
    /// </summary>
    public async Task<ProviderCheckout> CreateCheckout(CheckoutRequest request, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var reference = request.PaymentId.ToString();
        var checkout = await own.Set<SandboxCheckout>().AsNoTracking().FirstOrDefaultAsync(c => c.MerchantReference == reference, ct);
        if (checkout is null)
        {
            var opened = new SandboxCheckout
            {
                Id = NewId("cs"),
                MerchantReference = reference,
                AmountMinor = request.AmountMinor,
                Currency = request.Currency,
                Description = request.Description,
                ReturnUrl = request.ReturnUrl,
                Status = SandboxCheckoutStatus.Open,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            checkout = await own.InsertOnceAsync(opened, ct)
                ? opened
                : await own.Set<SandboxCheckout>().AsNoTracking().FirstAsync(c => c.MerchantReference == reference, ct);
        }
        return new ProviderCheckout(checkout.Id, $"/sandbox/checkout/{checkout.Id}");
    }

    /// <summary>
    /// Idempotent, as real providers are with an idempotency key: the merchant's refund id names the refund, so asking
    /// again (after a crash before the answer was recorded) returns the same reference and refunds once. Recorded at once,
    /// as a provider's answer would be.
    /// </summary>
    public async Task<string> Refund(string paymentReference, Guid refundId, long amountMinor, string currency, CancellationToken ct)
    {
        var reference = $"re_{refundId:N}";
        var eventId = $"evt_{reference}";
        if (await db.Set<SandboxEvent>().AnyAsync(e => e.Id == eventId, ct)) return reference;
        var checkout = await db.Set<SandboxCheckout>().FirstOrDefaultAsync(c => c.Id == paymentReference, ct);
        if (checkout is null || checkout.Status != SandboxCheckoutStatus.Approved)
            throw new DomainException("provider_refund_refused", "The payment provider has no captured payment to refund.");
        Enqueue("refund.succeeded", checkout, amountMinor, refundId.ToString(), reference, eventId);
        await db.SaveChangesAsync(ct);
        return reference;
    }

    /// <summary>The shopper pressed Approve or Decline on the hosted page.</summary>
    public async Task<SandboxCheckout?> Decide(string checkoutId, bool approve, CancellationToken ct)
    {
        var checkout = await db.Set<SandboxCheckout>().FirstOrDefaultAsync(c => c.Id == checkoutId, ct);
        if (checkout is null) return null;
        if (checkout.Status != SandboxCheckoutStatus.Open) return checkout; // a second click changes nothing
        checkout.Status = approve ? SandboxCheckoutStatus.Approved : SandboxCheckoutStatus.Declined;
        Enqueue(approve ? "payment.succeeded" : "payment.failed", checkout, checkout.AmountMinor, null, null);
        await db.SaveChangesAsync(ct);
        sender.Nudge();
        return checkout;
    }

    private void Enqueue(string type, SandboxCheckout checkout, long amountMinor, string? refundId, string? refundReference, string? eventId = null)
    {
        var now = clock.GetUtcNow();
        var id = eventId ?? NewId("evt");
        var payload = new SandboxEventPayload(id, type, now.ToUnixTimeSeconds(),
            new SandboxEventData(checkout.Id, checkout.MerchantReference, amountMinor, checkout.Currency, refundId, refundReference));
        db.Add(new SandboxEvent
        {
            Id = id,
            Type = type,
            Payload = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            CreatedAtUtc = now.UtcDateTime,
            NextAttemptAtUtc = now.UtcDateTime,
        });
    }

    private static string NewId(string prefix) => $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
}
