using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Payments;

/// <summary>Starts paying an order: a provider checkout whose hosted page the shopper is sent to.</summary>
internal static class StartPayment
{
    public sealed record StartPaymentRequest(Guid? OrderId);

    public static async Task<Outcome<Payment>?> Execute(StartPaymentRequest r, ClaimsPrincipal user, PlazaDb db, IOrderPayments orders, IPaymentProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Check(r.OrderId is not null, "orderId", "Choose the order to pay.");
        if (!v.IsValid) return v;
        var order = await orders.ForPayment(r.OrderId!.Value, user.RequiredAccountId(), ct);
        if (order is null) return null;
        if (!order.AwaitingPayment) throw new DomainException("order_not_payable", "This order is not waiting for payment.");

        // Going back to the payment page reuses the open checkout rather than starting a second one.
        var open = await db.Set<Payment>().FirstOrDefaultAsync(p => p.OrderId == order.Id && p.Status == PaymentStatus.Pending && p.AmountMinor == order.TotalMinor, ct);
        if (open is not null) return open;

        var payment = Payment.Start(order.Id, user.RequiredAccountId(), provider.Name, order.TotalMinor, order.Currency, clock.GetUtcNow().UtcDateTime);
        var checkout = await provider.CreateCheckout(new CheckoutRequest(payment.Id, order.TotalMinor, order.Currency, $"Plaza order {order.Number}",
            $"/orders/{order.Id}/payment-return?payment={payment.Id}"), ct);
        payment.AttachCheckout(checkout.Reference, checkout.RedirectUrl);
        db.Add(payment);
        await db.SaveChangesAsync(ct);
        return payment;
    }

    public static async Task<Results<Created<PaymentView>, ValidationProblem, NotFound>> Handle(
        StartPaymentRequest request, ClaimsPrincipal user, PlazaDb db, IOrderPayments orders, IPaymentProvider provider, TimeProvider clock, CancellationToken ct)
        => (await Execute(request, user, db, orders, provider, clock, ct)).CreatedOr(p => $"/api/v1/payments/{p.Id}", PaymentView.From);

    public static async Task<Results<Ok<PaymentView>, NotFound>> HandleGet(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var accountId = user.RequiredAccountId();
        var payment = await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AccountId == accountId, ct);
        return payment is null ? TypedResults.NotFound() : TypedResults.Ok(PaymentView.From(payment));
    }
}
