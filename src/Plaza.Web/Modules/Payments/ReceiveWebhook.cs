using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Modules.Payments.Sandbox;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Payments;

/// <summary>
/// The provider tells us what happened. Only a correctly signed, fresh event is believed; an event id
/// seen before is acknowledged and ignored. Marking a bill paid (an order, a membership card purchase) happens here and nowhere else.
/// </summary>
internal static class ReceiveWebhook
{
    public const int MaxBodyBytes = 64 * 1024;

    public sealed record Ack(bool Received, bool Duplicate);

    public static async Task<Results<Ok<Ack>, ProblemHttpResult>> Handle(
        HttpRequest request, PlazaDb db, IEnumerable<IPayableSource> sources, IPaymentProvider provider, RefundSubmitter refunds,
        IOptions<SandboxOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return Refuse(413, "payload_too_large", "Event too large.");
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        if (body.Length > MaxBodyBytes) return Refuse(413, "payload_too_large", "Event too large.");

        var verdict = WebhookSignature.Verify(options.Value.WebhookSecret, request.Headers[WebhookSignature.Header], body, clock.GetUtcNow());
        if (verdict != WebhookSignature.Verdict.Valid)
            return Refuse(400, verdict == WebhookSignature.Verdict.Stale ? "stale_event" : "invalid_signature", "The event's signature could not be verified.");

        SandboxEventPayload? evt;
        try
        {
            evt = JsonSerializer.Deserialize<SandboxEventPayload>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return Refuse(400, "malformed_event", "The event is not valid JSON.");
        }
        if (evt?.Id is not { Length: > 0 and <= 100 } || evt.Type is not { Length: > 0 and <= 50 } || evt.Data is null)
            return Refuse(400, "malformed_event", "The event lacks an id, a type or data.");

        var now = clock.GetUtcNow().UtcDateTime;
        PaymentRefund? sendBack = null;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<WebhookReceipt>().AnyAsync(r => r.Provider == provider.Name && r.EventId == evt.Id, ct))
            return TypedResults.Ok(new Ack(true, Duplicate: true));
        // The same event delivered twice at the same moment: the receipt's key lets one through, the other is a duplicate.
        if (!await db.InsertOnceAsync(new WebhookReceipt { Provider = provider.Name, EventId = evt.Id, Type = evt.Type, ReceivedAtUtc = now }, ct))
            return TypedResults.Ok(new Ack(true, Duplicate: true));

        switch (evt.Type)
        {
            case "payment.succeeded":
            {
                var payment = await FindPayment(db, evt.Data, ct);
                if (payment is null) return Refuse(404, "unknown_payment", "No such payment.");
                var source = sources.FirstOrDefault(s => s.Kind == payment.Kind)
                    ?? throw new InvalidOperationException($"No payable source for '{payment.Kind}'.");
                if (payment.Succeed(evt.Data.AmountMinor, evt.Data.Currency, now)
                    && await source.ApplyPayment(payment.PayableId, payment.Id, payment.AmountMinor, payment.Currency, ct) == PaymentApplied.TooLate)
                {
                    // The bill expired, was cancelled or was already paid before the money arrived: it goes straight back,
                    // to the provider once this transaction has committed (ADR 0016).
                    sendBack = PaymentRefund.Request(payment, payment.AmountMinor, "No longer payable when the payment arrived", now);
                    db.Add(sendBack);
                }
                break;
            }
            case "payment.failed":
                (await FindPayment(db, evt.Data, ct))?.Fail(now);
                break;
            case "refund.succeeded":
                if (Guid.TryParse(evt.Data.RefundId, out var refundId))
                    (await db.Set<PaymentRefund>().FirstOrDefaultAsync(r => r.Id == refundId, ct))?.Succeed(now);
                break;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (sendBack is not null) await refunds.Submit(sendBack.Id, seenAttempts: 0, ct);
        return TypedResults.Ok(new Ack(true, Duplicate: false));
    }

    private static async Task<Payment?> FindPayment(PlazaDb db, SandboxEventData data, CancellationToken ct) =>
        Guid.TryParse(data.MerchantReference, out var id) && data.CheckoutId is { Length: > 0 }
            ? await db.Set<Payment>().FirstOrDefaultAsync(p => p.Id == id && p.ProviderReference == data.CheckoutId, ct)
            : null;

    private static ProblemHttpResult Refuse(int status, string code, string title) =>
        TypedResults.Problem(title: title, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
