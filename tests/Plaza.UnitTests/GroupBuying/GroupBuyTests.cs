using Plaza.Web.Modules.GroupBuying;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.GroupBuying;

public sealed class GroupBuyTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    private static GroupBuyDeal Deal(long groupPrice = 700, int teamSize = 2, int minutes = 24 * 60, int limit = 2, DateTime? starts = null,
        DateTime? ends = null) =>
        GroupBuyDeal.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Lychee box", "1 kg", usualPriceMinor: 1000, "GBP",
            groupPrice, teamSize, minutes, limit, starts ?? Now, ends ?? Now.AddDays(7), Guid.NewGuid(), Now);

    [Theory]
    [InlineData(1000)]
    [InlineData(1200)]
    [InlineData(0)]
    public void The_team_price_must_be_above_zero_and_below_the_usual_price(long groupPrice) =>
        Should.Throw<DomainException>(() => Deal(groupPrice: groupPrice)).Code.ShouldBe("group_price_not_lower");

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void A_team_has_two_to_ten_people(int size) =>
        Should.Throw<DomainException>(() => Deal(teamSize: size)).Code.ShouldBe("invalid_team_size");

    [Fact]
    public void Limits_and_windows_out_of_range_are_refused()
    {
        Should.Throw<DomainException>(() => Deal(minutes: 5)).Code.ShouldBe("invalid_time_limit");
        Should.Throw<DomainException>(() => Deal(limit: 0)).Code.ShouldBe("invalid_limit");
        Should.Throw<DomainException>(() => Deal(ends: Now.AddMinutes(-1))).Code.ShouldBe("invalid_window");
    }

    [Fact]
    public void Opening_a_team_takes_seat_one_and_gives_it_the_deals_time_limit()
    {
        var deal = Deal(teamSize: 3, minutes: 90);
        var leader = Guid.NewGuid();
        var team = GroupBuyTeam.Open(deal, leader, Now);
        team.Members.ShouldBe(1);
        team.PaidMembers.ShouldBe(0);
        team.Size.ShouldBe(3);
        team.SpotsLeft.ShouldBe(2);
        team.LeaderId.ShouldBe(leader);
        team.ExpiresAtUtc.ShouldBe(Now.AddMinutes(90));
        team.IsJoinable(Now.AddMinutes(89)).ShouldBeTrue();
        team.IsJoinable(Now.AddMinutes(90)).ShouldBeFalse();
    }

    [Fact]
    public void No_team_can_be_opened_before_the_deal_starts_or_after_it_ends()
    {
        var later = Deal(starts: Now.AddHours(1));
        Should.Throw<DomainException>(() => GroupBuyTeam.Open(later, Guid.NewGuid(), Now)).Code.ShouldBe("deal_ended");
        var deal = Deal();
        deal.End(Now.AddHours(2));
        deal.IsActive(Now.AddHours(1)).ShouldBeTrue();
        deal.IsActive(Now.AddHours(2)).ShouldBeFalse();
        Should.Throw<DomainException>(() => GroupBuyTeam.Open(deal, Guid.NewGuid(), Now.AddHours(3))).Code.ShouldBe("deal_ended");
    }

    [Fact]
    public void A_new_seat_is_held_until_its_order_is_paid()
    {
        var seat = TeamMember.Seat(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2, Now);
        seat.State.ShouldBe(SeatState.Held);
        seat.Quantity.ShouldBe(2);
    }
}
