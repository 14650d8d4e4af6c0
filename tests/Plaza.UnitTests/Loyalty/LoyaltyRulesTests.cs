using Plaza.Web.Modules.Loyalty;
using Plaza.Web.Modules.Loyalty.Contracts;

namespace Plaza.UnitTests.Loyalty;

public sealed class LoyaltyRulesTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);
    private static readonly IReadOnlyList<Tier> Tiers = Tier.Defaults;

    [Theory]
    [InlineData(0, "Member")]
    [InlineData(499, "Member")]
    [InlineData(500, "Silver")]
    [InlineData(1999, "Silver")]
    [InlineData(2000, "Gold")]
    [InlineData(1_000_000, "Gold")]
    public void The_tier_is_the_highest_whose_threshold_the_growth_value_reached(long growth, string tier) =>
        Tier.For(growth, Tiers).Name.ShouldBe(tier);

    [Fact]
    public void The_next_tier_is_the_first_above_and_there_is_none_at_the_top()
    {
        Tier.Next(100, Tiers)!.Name.ShouldBe("Silver");
        Tier.Next(500, Tiers)!.Name.ShouldBe("Gold");
        Tier.Next(2000, Tiers).ShouldBeNull();
    }

    [Theory]
    [InlineData("Member", 5099, 50)] // whole currency units only
    [InlineData("Silver", 5000, 62)] // 50 × 125%, rounded down
    [InlineData("Gold", 1900, 28)]   // 19 × 150%, rounded down
    [InlineData("Gold", 0, 0)]
    public void Order_points_are_whole_units_paid_times_the_tier_multiplier_rounded_down(string tier, long paid, long points) =>
        Tiers.Single(t => t.Name == tier).OrderPoints(paid, 1).ShouldBe(points);

    [Fact]
    public void The_member_price_takes_the_percentage_off_and_never_gives_more()
    {
        var gold = Tiers.Single(t => t.Name == "Gold");
        gold.MemberUnitPrice(2000).ShouldBe(1900);
        gold.MemberUnitPrice(99).ShouldBe(95); // 4.95 off is 4 off: the price rounds up
        Tiers[0].MemberUnitPrice(2000).ShouldBe(2000);
    }

    [Fact]
    public void Free_delivery_needs_the_tier_threshold()
    {
        Tiers[0].FreeDelivery(1_000_000).ShouldBeFalse();
        Tiers[1].FreeDelivery(4999).ShouldBeFalse();
        Tiers[1].FreeDelivery(5000).ShouldBeTrue();
        Tiers[2].FreeDelivery(1).ShouldBeTrue();
    }

    [Fact]
    public void Expiry_uses_up_the_soonest_expiring_earnings_first()
    {
        var earnings = new[] { new PointsExpiry.Earning(100, Now), new PointsExpiry.Earning(50, Now.AddDays(200)) };
        PointsExpiry.ExpiringBy(earnings, takenOff: 30, Now).ShouldBe(70);
        PointsExpiry.ExpiringBy(earnings, takenOff: 130, Now).ShouldBe(0, "spending beyond the old earnings came out of the newer ones");
        PointsExpiry.ExpiringBy(earnings, takenOff: 130, Now.AddDays(200)).ShouldBe(20);
        PointsExpiry.ExpiringBy(earnings, takenOff: 0, Now.AddDays(-1)).ShouldBe(0, "nothing has expired yet");
    }

    [Fact]
    public void The_expiry_schedule_lists_what_is_left_of_each_earning_soonest_first_after_what_was_taken_off()
    {
        var earnings = new[]
        {
            new PointsExpiry.Earning(100, Now.AddDays(10)), new PointsExpiry.Earning(40, Now.AddDays(10)), new PointsExpiry.Earning(50, Now.AddDays(200)),
            new PointsExpiry.Earning(20, Now.AddDays(-1)),
        };

        // 160 taken off: the 20 already expired, then 140 of the day-10 earnings; 50 are left, due on day 200.
        PointsExpiry.Schedule(earnings, takenOff: 160, Now).ShouldBe([new PointsExpiry.Earning(50, Now.AddDays(200))]);
        PointsExpiry.Schedule(earnings, takenOff: 30, Now)
            .ShouldBe([new PointsExpiry.Earning(130, Now.AddDays(10)), new PointsExpiry.Earning(50, Now.AddDays(200))]);
        PointsExpiry.Schedule(earnings, takenOff: 300, Now).ShouldBeEmpty();
    }

    [Fact]
    public void At_most_half_of_what_is_left_can_be_paid_with_points_and_never_more_than_the_balance()
    {
        new PointsWallet(10_000, 50, 100).CapFor(3001).ShouldBe(1500);
        new PointsWallet(800, 50, 100).CapFor(3000).ShouldBe(800);
        new PointsWallet(800, 50, 100).CapFor(-5).ShouldBe(0);
        PointsRule.ValueMinor(500, new LoyaltyOptions()).ShouldBe(500);
        PointsRule.ValueMinor(500, new LoyaltyOptions { PointsPerCurrencyUnitSpent = 10 }).ShouldBe(5000);
    }

    [Fact]
    public void An_entry_moves_points_or_growth_and_only_earnings_expire()
    {
        Should.Throw<ArgumentException>(() => PointsEntry.Create(Guid.NewGuid(), PointsKind.CheckIn, 0, 0, "day:x", null, Now, Now));
        PointsEntry.Create(Guid.NewGuid(), PointsKind.Redeemed, -5, 0, "order:x", null, Now, Now.AddDays(1)).ExpiresAtUtc.ShouldBeNull();
        PointsEntry.Create(Guid.NewGuid(), PointsKind.CheckIn, 5, 1, "day:x", null, Now, Now.AddDays(1)).ExpiresAtUtc.ShouldBe(Now.AddDays(1));
    }
}
