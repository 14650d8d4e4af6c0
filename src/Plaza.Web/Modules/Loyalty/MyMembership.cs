using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>A membership tier and its benefits.</summary>
internal sealed record TierView(string Name, long FromGrowth, int PointsMultiplierPercent, int MemberPricePercentOff, long? FreeDeliveryFromMinor)
{
    public static TierView From(Tier t) => new(t.Name, t.FromGrowth, t.PointsMultiplierPercent, t.MemberPricePercentOff, t.FreeDeliveryFromMinor);
}

/// <summary>
/// My growth tier, my growth value and how far the next tier is (null at the top); my paid card while it is
/// valid (null otherwise); the tier whose benefits I get now (the higher of the two); the card on sale (null when not offered).
/// </summary>
internal sealed record MembershipView(TierView Tier, long Growth, TierView? NextTier, long? GrowthToNext, int ProgressPercent, IReadOnlyList<TierView> Tiers,
    TierView EffectiveTier, CardView? Card, CardOfferView? CardOffer);

/// <summary>My membership: growth tier, progress, my paid card and the tier whose benefits I get; and the tiers there are.</summary>
internal static class MyMembership
{
    public static async Task<MembershipView> Execute(Guid accountId, PointsBook book, CancellationToken ct)
    {
        var growth = (await book.Find(accountId, ct))?.Growth ?? 0;
        var tiers = book.Options.TierList;
        var tier = Tier.For(growth, tiers);
        var next = Tier.Next(growth, tiers);
        var progress = next is null ? 100 : (int)Math.Clamp((growth - tier.FromGrowth) * 100 / Math.Max(1, next.FromGrowth - tier.FromGrowth), 0, 100);
        var card = await ValidCard(accountId, book, ct);
        var effective = EffectiveTier.Of(tier, card?.TierName, tiers);
        return new MembershipView(TierView.From(tier), growth, next is null ? null : TierView.From(next), next is null ? null : next.FromGrowth - growth,
            progress, tiers.Select(TierView.From).ToList(), TierView.From(effective), card, GetMembershipCardOffer.Execute(book.Options));
    }

    private static async Task<CardView?> ValidCard(Guid accountId, PointsBook book, CancellationToken ct) =>
        await book.ValidCard(accountId, ct) is { } card
            ? new CardView(book.Options.Card.Name, card.TierName, card.ValidUntilUtc)
            : null;

    public static async Task<Ok<MembershipView>> Handle(ClaimsPrincipal user, PointsBook book, CancellationToken ct) =>
        TypedResults.Ok(await Execute(user.RequiredAccountId(), book, ct));

    public static Ok<IReadOnlyList<TierView>> HandleTiers(PointsBook book) =>
        TypedResults.Ok<IReadOnlyList<TierView>>(book.Options.TierList.Select(TierView.From).ToList());
}
