using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// The "membership-card" bills Payments collects (ADR 0013). Applying a verified payment activates the
/// purchase: the card is extended in the webhook's transaction (saved by the caller). A purchase already
/// paid by another payment is TooLate, so that money goes back.
/// </summary>
internal sealed class CardPayments(PlazaDb db, TimeProvider clock) : IPayableSource
{
    public const string PayableKind = "membership-card";

    public string Kind => PayableKind;

    public async Task<Bill?> ForPayment(Guid id, Guid accountId, CancellationToken ct)
    {
        if (await GetMembershipCardPurchase.Execute(id, accountId, db, ct) is not { } p) return null;
        if (p.Status != CardPurchaseStatus.Pending) throw new DomainException("not_payable", "This is not waiting for payment.");
        return new Bill(p.Id, $"{p.CardName} membership card, {p.Days} days", p.PriceMinor, p.Currency, $"/account/membership/card/{p.Id}/payment-return");
    }

    public async Task<PaymentApplied> ApplyPayment(Guid id, Guid paymentId, long amountMinor, string currency, CancellationToken ct)
    {
        var purchase = await db.Set<MembershipCardPurchase>().FirstAsync(p => p.Id == id, ct);
        if (purchase.Status == CardPurchaseStatus.Paid) return purchase.PaymentId == paymentId ? PaymentApplied.Applied : PaymentApplied.TooLate;
        if (amountMinor != purchase.PriceMinor || currency != purchase.Currency)
            throw new DomainException("payment_amount_mismatch", "The payment does not match the card's price.");
        var now = clock.GetUtcNow().UtcDateTime;
        var card = await db.Set<MembershipCard>().FirstOrDefaultAsync(c => c.AccountId == purchase.AccountId, ct);
        if (card is null)
        {
            card = MembershipCard.New(purchase.AccountId, now);
            db.Add(card);
        }
        purchase.Activate(card, paymentId, now);
        return PaymentApplied.Applied;
    }
}
