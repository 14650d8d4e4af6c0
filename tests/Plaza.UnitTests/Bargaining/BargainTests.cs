using Plaza.Web.Modules.Bargaining;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Bargaining;

public sealed class BargainTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    private static BargainDeal Deal(long floor = 1000, int cuts = 5, int minutes = 24 * 60, DateTime? starts = null, DateTime? ends = null) =>
        BargainDeal.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Durian", "1 kg", usualPriceMinor: 2000, "GBP",
            floor, cuts, minutes, starts ?? Now, ends ?? Now.AddDays(7), Guid.NewGuid(), Now);

    [Theory]
    [InlineData(2L, 1000L, 1)]
    [InlineData(5L, 1000L, 42)]
    [InlineData(30L, 999L, 7)]
    [InlineData(30L, 30L, 3)]
    [InlineData(50L, 123_456L, -5)]
    public void The_expected_number_of_cuts_adds_up_to_the_gap_exactly_and_every_cut_takes_something(long cuts, long gap, int seed)
    {
        var shares = CutSchedule.Shares(gap, (int)cuts, seed);
        shares.Length.ShouldBe((int)cuts);
        shares.Sum().ShouldBe(gap);
        shares.ShouldAllBe(s => s >= 1);
    }

    [Fact]
    public void The_same_seed_gives_the_same_cuts_and_other_seeds_differ()
    {
        CutSchedule.Shares(1000, 10, 99).ShouldBe(CutSchedule.Shares(1000, 10, 99));
        Enumerable.Range(0, 5).Select(seed => string.Join(",", CutSchedule.Shares(1000, 10, seed))).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Cuts_past_the_expected_number_take_nothing_so_the_price_never_goes_below_the_floor()
    {
        var price = 2000L;
        for (var n = 1; n <= 8; n++) price -= CutSchedule.Amount(1000, 5, 17, n);
        price.ShouldBe(1000);
        CutSchedule.Amount(1000, 5, 17, 6).ShouldBe(0);
        CutSchedule.Amount(1000, 5, 17, 0).ShouldBe(0);
    }

    [Fact]
    public void A_gap_smaller_than_the_number_of_cuts_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => CutSchedule.Shares(4, 5, 1));

    [Theory]
    [InlineData(0L)]
    [InlineData(1996L)]
    [InlineData(2000L)]
    public void The_floor_must_be_above_zero_and_leave_a_penny_per_cut_below_the_usual_price(long floor) =>
        Should.Throw<DomainException>(() => Deal(floor: floor)).Code.ShouldBe("floor_not_lower");

    [Fact]
    public void Cuts_windows_and_time_limits_out_of_range_are_refused()
    {
        Should.Throw<DomainException>(() => Deal(cuts: 1)).Code.ShouldBe("invalid_cuts");
        Should.Throw<DomainException>(() => Deal(cuts: 51)).Code.ShouldBe("invalid_cuts");
        Should.Throw<DomainException>(() => Deal(minutes: 5)).Code.ShouldBe("invalid_time_limit");
        Should.Throw<DomainException>(() => Deal(ends: Now.AddMinutes(-1))).Code.ShouldBe("invalid_window");
    }

    [Fact]
    public void A_bargain_starts_at_the_usual_price_with_the_deals_time_limit_and_only_while_the_deal_runs()
    {
        var deal = Deal(minutes: 60);
        var b = Bargain.Start(deal, Guid.NewGuid(), 2000, 5, Now);
        b.CurrentPriceMinor.ShouldBe(2000);
        b.FloorPriceMinor.ShouldBe(1000);
        b.ExpiresAtUtc.ShouldBe(Now.AddHours(1));
        b.OpenSlot.ShouldBe(deal.Id);
        b.State(Now.AddMinutes(59)).ShouldBe("Open");
        b.State(Now.AddMinutes(60)).ShouldBe("Expired");

        Should.Throw<DomainException>(() => Bargain.Start(deal, Guid.NewGuid(), 2000, 5, Now.AddDays(8))).Code.ShouldBe("deal_ended");
        deal.End(Now);
        Should.Throw<DomainException>(() => Bargain.Start(deal, Guid.NewGuid(), 2000, 5, Now.AddMinutes(1))).Code.ShouldBe("deal_ended");
    }
}
