using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// Buying the paid membership card. A purchase is created Pending; it is paid like an order, through
/// POST /api/v1/payments {membershipCardPurchaseId} and the provider's hosted page, and activated only by
/// the provider's verified webhook (<see cref="CardPayments"/>). An unpaid purchase simply stays pending.
/// </summary>
internal static class BuyMembershipCard
{
    public sealed record BuyCardRequest(string? Plan);

    public static async Task<Outcome<MembershipCardPurchase>> Execute(BuyCardRequest r, Guid accountId, PointsBook book, PlazaDb db, CancellationToken ct)
    {
        var offer = GetMembershipCardOffer.Execute(book.Options) ?? throw new DomainException("card_not_offered", "The membership card is not on sale.");
        var plan = r.Plan is null ? offer.Plans[0] : offer.Plans.FirstOrDefault(p => p.Id == r.Plan);
        var v = new Validator().Check(plan is not null, "plan", $"Choose a plan: {string.Join(", ", offer.Plans.Select(p => p.Id))}.");
        if (!v.IsValid) return v;
        var purchase = MembershipCardPurchase.Create(accountId, offer.Name, offer.Tier.Name, plan!.Id, plan.Days, plan.PriceMinor, plan.Currency, book.Now);
        db.Add(purchase);
        await db.SaveChangesAsync(ct);
        return purchase;
    }

    public static async Task<Results<Created<CardPurchaseView>, ValidationProblem>> Handle(BuyCardRequest? request, ClaimsPrincipal user, PointsBook book,
        PlazaDb db, CancellationToken ct) =>
        (await Execute(request ?? new BuyCardRequest(null), user.RequiredAccountId(), book, db, ct))
            .CreatedOr(p => $"/api/v1/memberships/card-purchases/{p.Id}", CardPurchaseView.From);
}
