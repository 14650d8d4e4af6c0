using Microsoft.AspNetCore.Http.HttpResults;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>The paid membership card on sale, when it is offered.</summary>
internal static class GetMembershipCardOffer
{
    public static CardOfferView? Execute(LoyaltyOptions o)
    {
        if (!o.Card.Enabled || o.TierList.FirstOrDefault(t => t.Name == o.Card.Tier) is not { } tier) return null;
        return new CardOfferView(o.Card.Name, TierView.From(tier),
            o.Card.PlanList.Select(p => new CardPlanView(p.Id, p.Days, p.PriceMinor, o.Card.Currency)).ToList());
    }

    public static Results<Ok<CardOfferView>, NotFound> Handle(PointsBook book) =>
        Execute(book.Options) is { } offer ? TypedResults.Ok(offer) : TypedResults.NotFound();
}
