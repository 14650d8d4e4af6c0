using Plaza.Web.Modules.Leaders;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Leaders;

public sealed class CampaignTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    private static Campaign Draft(int commission = 1000, DateTime? cutOff = null) =>
        Campaign.Create(Guid.NewGuid(), "Weekend breakfast", "GBP", cutOff ?? Now.AddDays(2), (cutOff ?? Now.AddDays(2)).AddDays(1), commission,
            Guid.NewGuid(), Now);

    [Fact]
    public void Orders_are_taken_only_once_published_and_until_the_cut_off()
    {
        var campaign = Draft();
        campaign.AddItem(Guid.NewGuid(), Guid.NewGuid(), "Eggs", "12", usualPriceMinor: 1000, campaignPriceMinor: 800);
        campaign.IsOpen(Now).ShouldBeFalse();
        campaign.Publish(Now);
        campaign.IsOpen(Now.AddDays(2).AddTicks(-1)).ShouldBeTrue();
        campaign.IsOpen(Now.AddDays(2)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1200)]
    [InlineData(0)]
    public void The_campaign_price_must_be_above_zero_and_below_the_usual_price(long price) =>
        Should.Throw<DomainException>(() => Draft().AddItem(Guid.NewGuid(), Guid.NewGuid(), "Eggs", "12", 1000, price))
            .Code.ShouldBe("campaign_price_not_lower");

    [Fact]
    public void Bad_terms_and_changes_after_publication_are_refused()
    {
        Should.Throw<DomainException>(() => Draft(cutOff: Now)).Code.ShouldBe("invalid_cut_off");
        Should.Throw<DomainException>(() => Draft(commission: 5001)).Code.ShouldBe("invalid_commission");
        Should.Throw<DomainException>(() => Draft().Publish(Now)).Code.ShouldBe("campaign_empty");
        var campaign = Draft();
        var sku = Guid.NewGuid();
        campaign.AddItem(sku, Guid.NewGuid(), "Eggs", "12", 1000, 800);
        Should.Throw<DomainException>(() => campaign.AddItem(sku, Guid.NewGuid(), "Eggs", "12", 1000, 700)).Code.ShouldBe("duplicate_item");
        campaign.Publish(Now);
        Should.Throw<DomainException>(() => campaign.AddItem(Guid.NewGuid(), Guid.NewGuid(), "Tea", "100 g", 600, 500)).Code.ShouldBe("campaign_published");
    }

    [Theory]
    [InlineData(1000, 1600, 160)]
    [InlineData(750, 999, 74)]
    [InlineData(1000, 0, 0)]
    public void The_commission_is_rounded_down_to_the_minor_unit(int basisPoints, long paid, long expected) =>
        Draft(commission: basisPoints).CommissionOn(paid).ShouldBe(expected);

    [Fact]
    public void An_application_is_decided_once()
    {
        var leader = Leader.Apply(Guid.NewGuid(), Guid.NewGuid(), "Mei's doorstep", PartnerPickupKind.LeaderHome, "3 Elm Court", 51.5, -0.1, Now);
        leader.Status.ShouldBe(LeaderStatus.Pending);
        var point = Guid.NewGuid();
        leader.Approve(point, Guid.NewGuid(), Now);
        leader.PickupPointId.ShouldBe(point);
        Should.Throw<DomainException>(() => leader.Reject(Guid.NewGuid(), Now)).Code.ShouldBe("already_decided");
    }
}
