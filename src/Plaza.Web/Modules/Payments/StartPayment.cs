using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Payments;

/// <summary>
/// Starts paying a bill (an order, or a membership card purchase): a provider checkout whose hosted page the
/// shopper is sent to. Which module owns the bill is its <see cref="IPayableSource.Kind"/> (ADR 0013).
/// </summary>
internal static class StartPayment
{
    public const string MembershipCardKind = "membership-card";

    /// <summary>Exactly one of <paramref name="OrderId"/> and <paramref name="MembershipCardPurchaseId"/>.</summary>
    public sealed record StartPaymentRequest(Guid? OrderId, Guid? MembershipCardPurchaseId = null);

    /// <summary>Paying an order (the checkout and order pages).</summary>
    public static Task<Outcome<Payment>?> Execute(StartPaymentRequest r, ClaimsPrincipal user, PlazaDb db, IOrderPayments orders, IPaymentProvider provider, TimeProvider clock, CancellationToken ct) =>
        Execute(r, user, db, [orders], provider, clock, ct);

    public static async Task<Outcome<Payment>?> Execute(StartPaymentRequest r, ClaimsPrincipal user, PlazaDb db, IEnumerable<IPayableSource> sources, IPaymentProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.OrderId is not null || r.MembershipCardPurchaseId is not null, "orderId", "Choose the order to pay.")
            .Check(r.OrderId is null || r.MembershipCardPurchaseId is null, "membershipCardPurchaseId", "Pay for one thing at a time: an order or a membership card.");
        if (!v.IsValid) return v;
        var (kind, id) = r.OrderId is { } orderId ? (Payment.OrderKind, orderId) : (MembershipCardKind, r.MembershipCardPurchaseId!.Value);
        var source = sources.FirstOrDefault(s => s.Kind == kind);
        if (source is null || await Start(source, id, user.RequiredAccountId(), db, provider, clock, ct) is not { } payment) return null;
        return payment;
    }

    public static async Task<Payment?> Start(IPayableSource source, Guid billId, Guid accountId, PlazaDb db, IPaymentProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var bill = await source.ForPayment(billId, accountId, ct);
        if (bill is null) return null;
        if (!bill.AwaitingPayment)
            throw source.Kind == Payment.OrderKind
                ? new DomainException("order_not_payable", "This order is not waiting for payment.")
                : new DomainException("not_payable", "This is not waiting for payment.");

        // Going back to the payment page reuses the open checkout rather than starting a second one.
        var open = await db.Set<Payment>().FirstOrDefaultAsync(p => p.Kind == source.Kind && p.PayableId == bill.Id && p.Status == PaymentStatus.Pending && p.AmountMinor == bill.AmountMinor, ct);
        if (open is not null) return open;

        var payment = Payment.Start(source.Kind, bill.Id, accountId, provider.Name, bill.AmountMinor, bill.Currency, clock.GetUtcNow().UtcDateTime);
        var checkout = await provider.CreateCheckout(new CheckoutRequest(payment.Id, bill.AmountMinor, bill.Currency, bill.Description,
            $"{bill.ReturnPath}?payment={payment.Id}"), ct);
        payment.AttachCheckout(checkout.Reference, checkout.RedirectUrl);
        db.Add(payment);
        await db.SaveChangesAsync(ct);
        return payment;
    }

    public static async Task<Results<Created<PaymentView>, ValidationProblem, NotFound>> Handle(
        StartPaymentRequest request, ClaimsPrincipal user, PlazaDb db, IEnumerable<IPayableSource> sources, IPaymentProvider provider, TimeProvider clock, CancellationToken ct)
        => (await Execute(request, user, db, sources, provider, clock, ct)).CreatedOr(p => $"/api/v1/payments/{p.Id}", PaymentView.From);

    public static async Task<Results<Ok<PaymentView>, NotFound>> HandleGet(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var accountId = user.RequiredAccountId();
        var payment = await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AccountId == accountId, ct);
        return payment is null ? TypedResults.NotFound() : TypedResults.Ok(PaymentView.From(payment));
    }
}

/// <summary>The <see cref="IPayments"/> contract: other modules' pages start checkouts through it.</summary>
internal sealed class PaymentsGateway(PlazaDb db, IEnumerable<IPayableSource> sources, IPaymentProvider provider, TimeProvider clock) : IPayments
{
    public async Task<string?> StartCheckout(string kind, Guid billId, Guid accountId, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Kind == kind) ?? throw new InvalidOperationException($"No payable source for '{kind}'.");
        return (await StartPayment.Start(source, billId, accountId, db, provider, clock, ct))?.RedirectUrl;
    }

    public Task<bool> Declined(Guid paymentId, string kind, Guid billId, CancellationToken ct) =>
        db.Set<Payment>().AnyAsync(p => p.Id == paymentId && p.Kind == kind && p.PayableId == billId && p.Status == PaymentStatus.Failed, ct);
}
