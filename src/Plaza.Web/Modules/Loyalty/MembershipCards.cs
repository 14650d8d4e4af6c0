using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Loyalty;

internal sealed record CardPlanView(string Id, int Days, long PriceMinor, string Currency);

/// <summary>The paid card on sale: its name, the tier whose benefits it gives, and its plans.</summary>
internal sealed record CardOfferView(string Name, TierView Tier, IReadOnlyList<CardPlanView> Plans);

/// <summary>A valid paid card: its name, the tier it gives and until when.</summary>
internal sealed record CardView(string Name, string TierName, DateTime ActiveUntilUtc);

/// <summary>A card purchase: pending until the payment provider confirms it, then paid with the stretch of validity it added.</summary>
internal sealed record CardPurchaseView(Guid Id, string Status, string CardName, string TierName, string Plan, int Days, long PriceMinor, string Currency,
    DateTime CreatedAtUtc, DateTime? PaidAtUtc, DateTime? ValidFromUtc, DateTime? ValidUntilUtc)
{
    public static CardPurchaseView From(MembershipCardPurchase p) => new(p.Id, p.Status == CardPurchaseStatus.Paid ? "paid" : "pending", p.CardName, p.TierName,
        p.Plan, p.Days, p.PriceMinor, p.Currency, p.CreatedAtUtc, p.PaidAtUtc, p.ValidFromUtc, p.ValidUntilUtc);
}

/// <summary>
/// Buying the paid membership card. A purchase is created Pending; it is paid like an order, through
/// POST /api/v1/payments {membershipCardPurchaseId} and the provider's hosted page, and activated only by
/// the provider's verified webhook (<see cref="CardPayments"/>). An unpaid purchase simply stays pending.
/// </summary>
internal static class MembershipCards
{
    public sealed record BuyCardRequest(string? Plan);

    public static CardOfferView? Offer(LoyaltyOptions o)
    {
        if (!o.Card.Enabled || o.TierList.FirstOrDefault(t => t.Name == o.Card.Tier) is not { } tier) return null;
        return new CardOfferView(o.Card.Name, TierView.From(tier),
            o.Card.PlanList.Select(p => new CardPlanView(p.Id, p.Days, p.PriceMinor, o.Card.Currency)).ToList());
    }

    public static async Task<Outcome<MembershipCardPurchase>> Buy(BuyCardRequest r, Guid accountId, PointsBook book, PlazaDb db, CancellationToken ct)
    {
        var offer = Offer(book.Options) ?? throw new DomainException("card_not_offered", "The membership card is not on sale.");
        var plan = r.Plan is null ? offer.Plans[0] : offer.Plans.FirstOrDefault(p => p.Id == r.Plan);
        var v = new Validator().Check(plan is not null, "plan", $"Choose a plan: {string.Join(", ", offer.Plans.Select(p => p.Id))}.");
        if (!v.IsValid) return v;
        var purchase = MembershipCardPurchase.Create(accountId, offer.Name, offer.Tier.Name, plan!.Id, plan.Days, plan.PriceMinor, plan.Currency, book.Now);
        db.Add(purchase);
        await db.SaveChangesAsync(ct);
        return purchase;
    }

    public static Task<MembershipCardPurchase?> Find(Guid id, Guid accountId, PlazaDb db, CancellationToken ct) =>
        db.Set<MembershipCardPurchase>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AccountId == accountId, ct);

    public static async Task<CardView?> ValidCard(Guid accountId, PointsBook book, CancellationToken ct) =>
        await book.ValidCard(accountId, ct) is { } card
            ? new CardView(book.Options.Card.Name, card.TierName, card.ValidUntilUtc)
            : null;

    public static async Task<Results<Created<CardPurchaseView>, ValidationProblem>> HandleBuy(BuyCardRequest? request, ClaimsPrincipal user, PointsBook book,
        PlazaDb db, CancellationToken ct) =>
        (await Buy(request ?? new BuyCardRequest(null), user.RequiredAccountId(), book, db, ct))
            .CreatedOr(p => $"/api/v1/memberships/card-purchases/{p.Id}", CardPurchaseView.From);

    public static async Task<Results<Ok<CardPurchaseView>, NotFound>> HandleGet(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Find(id, user.RequiredAccountId(), db, ct) is { } p ? TypedResults.Ok(CardPurchaseView.From(p)) : TypedResults.NotFound();

    public static Results<Ok<CardOfferView>, NotFound> HandleOffer(PointsBook book) =>
        Offer(book.Options) is { } offer ? TypedResults.Ok(offer) : TypedResults.NotFound();
}

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
        if (await MembershipCards.Find(id, accountId, db, ct) is not { } p) return null;
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
