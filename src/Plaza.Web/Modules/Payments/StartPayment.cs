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

    /// <summary>
    /// The bill's one open payment with its provider checkout: the open one when there is one (pressing Pay again, or several
    /// presses at once), else a new one. The unique index on a bill's pending payments lets one start insert it; the others
    /// find it. The checkout is created after that commit, never inside a transaction (ADR 0016), and keyed by the payment's
    /// id at the provider, so a start that finds the payment before its checkout is attached gets the same checkout.
    /// </summary>
    public static async Task<Payment?> Start(IPayableSource source, Guid billId, Guid accountId, PlazaDb db, IPaymentProvider provider, TimeProvider clock,
        CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("A provider checkout is opened outside database transactions (ADR 0016).");
        var bill = await source.ForPayment(billId, accountId, ct);
        if (bill is null) return null;

        var payment = await Open(source.Kind, bill, accountId, provider, db, clock, ct);
        if (payment.RedirectUrl is null)
        {
            var checkout = await provider.CreateCheckout(new CheckoutRequest(payment.Id, payment.AmountMinor, payment.Currency, bill.Description,
                $"{bill.ReturnPath}?payment={payment.Id}"), ct);
            await db.Set<Payment>().Where(p => p.Id == payment.Id && p.ProviderReference == null).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.ProviderReference, checkout.Reference).SetProperty(p => p.RedirectUrl, checkout.RedirectUrl), ct);
            payment.AttachCheckout(checkout.Reference, checkout.RedirectUrl);
        }
        return payment;
    }

    /// <summary>The bill's pending payment, inserted when there is none; one for an amount the bill no longer has is closed first.</summary>
    private static async Task<Payment> Open(string kind, Bill bill, Guid accountId, IPaymentProvider provider, PlazaDb db, TimeProvider clock,
        CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var open = await db.Set<Payment>().AsNoTracking()
                .FirstOrDefaultAsync(p => p.Kind == kind && p.PayableId == bill.Id && p.Status == PaymentStatus.Pending, ct);
            if (open is not null && open.AmountMinor == bill.AmountMinor && open.Currency == bill.Currency) return open;
            var now = clock.GetUtcNow().UtcDateTime;
            if (open is not null)
            {
                await db.Set<Payment>().Where(p => p.Id == open.Id && p.Status == PaymentStatus.Pending).ExecuteUpdateAsync(s => s
                    .SetProperty(p => p.Status, PaymentStatus.Failed).SetProperty(p => p.CompletedAtUtc, now), ct);
                continue;
            }
            var started = Payment.Start(kind, bill.Id, accountId, provider.Name, bill.AmountMinor, bill.Currency, now);
            if (await db.InsertOnceAsync(started, ct))
            {
                db.Entry(started).State = EntityState.Detached;
                return started;
            }
        }
        throw new InvalidOperationException($"The open payment of {kind} {bill.Id} kept changing.");
    }

    public static async Task<Results<Created<PaymentView>, ValidationProblem, NotFound>> Handle(
        StartPaymentRequest request, ClaimsPrincipal user, PlazaDb db, IEnumerable<IPayableSource> sources, IPaymentProvider provider, TimeProvider clock,
        CancellationToken ct)
        => (await Execute(request, user, db, sources, provider, clock, ct)).CreatedOr(p => $"/api/v1/payments/{p.Id}", PaymentView.From);
}
