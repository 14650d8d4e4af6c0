using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Payments;

/// <summary>
/// Starts paying a bill — an order, a membership card purchase — with a provider checkout whose hosted page the shopper is
/// sent to. The request names the bill by its kind, one of the registered <see cref="IPayableSource"/>s, and its id (ADR 0013).
/// </summary>
internal static class StartPayment
{
    /// <param name="Kind">What is paid: "order", "membership-card" (the registered kinds of bill).</param>
    /// <param name="BillId">The bill's id in its module: the order's, the membership card purchase's.</param>
    public sealed record StartPaymentRequest(string? Kind, Guid? BillId);

    public static async Task<Outcome<Payment>?> Execute(StartPaymentRequest r, ClaimsPrincipal user, PlazaDb db, IEnumerable<IPayableSource> sources,
        IPaymentProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Kind == r.Kind);
        var v = new Validator()
            .Check(source is not null, "kind", $"Say what to pay: {string.Join(", ", sources.Select(s => s.Kind).Order(StringComparer.Ordinal))}.")
            .Check(r.BillId is not null, "billId", "Choose the bill to pay.");
        if (!v.IsValid) return v;
        if (await Start(source!, r.BillId!.Value, user.RequiredAccountId(), db, provider, clock, ct) is not { } payment) return null;
        return payment;
    }

    public static async Task<Payment?> Start(IPayableSource source, Guid billId, Guid accountId, PlazaDb db, IPaymentProvider provider, TimeProvider clock,
        CancellationToken ct)
    {
        var bill = await source.ForPayment(billId, accountId, ct);
        if (bill is null) return null;

        // Going back to the payment page reuses the open checkout rather than starting a second one.
        var open = await db.Set<Payment>()
            .FirstOrDefaultAsync(
                p => p.Kind == source.Kind && p.PayableId == bill.Id && p.Status == PaymentStatus.Pending && p.AmountMinor == bill.AmountMinor, ct);
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
        StartPaymentRequest request, ClaimsPrincipal user, PlazaDb db, IEnumerable<IPayableSource> sources, IPaymentProvider provider, TimeProvider clock,
        CancellationToken ct)
        => (await Execute(request, user, db, sources, provider, clock, ct)).CreatedOr(p => $"/api/v1/payments/{p.Id}", PaymentView.From);
}
