using Plaza.Web.Modules.Loyalty;

namespace Plaza.UnitTests.Loyalty;

public sealed class MembershipCardRulesTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);
    private static readonly IReadOnlyList<Tier> Tiers = Tier.Defaults;

    [Theory]
    [InlineData(0, null, "Member")]          // no card: the growth tier
    [InlineData(0, "Gold", "Gold")]          // a card above the growth tier lifts it
    [InlineData(600, "Gold", "Gold")]
    [InlineData(2500, "Silver", "Gold")]     // a card below the growth tier changes nothing
    [InlineData(600, "Silver", "Silver")]
    [InlineData(0, "Platinum", "Member")]    // a card for a tier that is not configured gives nothing
    public void The_effective_tier_is_the_higher_of_the_growth_tier_and_the_cards(long growth, string? cardTier, string expected) =>
        EffectiveTier.Of(Tier.For(growth, Tiers), cardTier, Tiers).Name.ShouldBe(expected);

    [Fact]
    public void A_first_card_runs_from_now()
    {
        var card = MembershipCard.New(Guid.NewGuid(), Now);
        card.IsValidAt(Now).ShouldBeFalse("a new card row is not valid until a purchase extends it");

        card.Extend(30, "Gold", Now).ShouldBe((Now, Now.AddDays(30)));

        card.IsValidAt(Now.AddDays(30).AddTicks(-1)).ShouldBeTrue();
        card.IsValidAt(Now.AddDays(30)).ShouldBeFalse();
    }

    [Fact]
    public void A_renewal_while_valid_starts_where_the_card_ends_and_after_expiry_starts_now()
    {
        var card = MembershipCard.New(Guid.NewGuid(), Now);
        card.Extend(365, "Gold", Now);

        card.Extend(30, "Gold", Now.AddDays(100)).ShouldBe((Now.AddDays(365), Now.AddDays(395)));
        var later = Now.AddDays(500);
        card.Extend(30, "Gold", later).ShouldBe((later, later.AddDays(30)));
    }

    [Fact]
    public void A_purchase_activates_once()
    {
        var accountId = Guid.NewGuid();
        var card = MembershipCard.New(accountId, Now);
        var purchase = MembershipCardPurchase.Create(accountId, "Plaza Plus", "Gold", "month", 30, 399, "GBP", Now);

        purchase.Activate(card, Guid.NewGuid(), Now).ShouldBeTrue();
        purchase.Activate(card, Guid.NewGuid(), Now).ShouldBeFalse();

        purchase.Status.ShouldBe(CardPurchaseStatus.Paid);
        card.ValidUntilUtc.ShouldBe(Now.AddDays(30));
    }
}
