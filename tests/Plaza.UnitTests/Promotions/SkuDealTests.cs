using Plaza.Web.Modules.Promotions;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Promotions;

/// <summary>The window rules every time-boxed SKU deal shares (shown on a flash sale, the kit's simplest kind).</summary>
public sealed class SkuDealTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);

    private static FlashSale Sale(DateTime? starts = null, DateTime? ends = null) =>
        FlashSale.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Cake", 500, 900, "GBP", 10, 1, starts ?? Now.AddHours(-1), ends ?? Now.AddHours(2),
            Guid.NewGuid(), Now);

    [Fact]
    public void A_running_deal_can_end_later_or_sooner_but_not_before_now()
    {
        var sale = Sale();
        sale.EndAt(Now.AddDays(1), Now);
        sale.EndsAtUtc.ShouldBe(Now.AddDays(1));
        sale.EndAt(Now.AddMinutes(30), Now);
        sale.EndsAtUtc.ShouldBe(Now.AddMinutes(30));
        Should.Throw<DomainException>(() => sale.EndAt(Now.AddMinutes(-1), Now)).Code.ShouldBe("invalid_window");
        sale.IsActive(Now).ShouldBeTrue();
    }

    [Fact]
    public void Ending_early_stops_it_now_and_an_ended_deal_cannot_be_moved()
    {
        var sale = Sale();
        sale.End(Now);
        sale.IsActive(Now).ShouldBeFalse();
        sale.EndsAtUtc.ShouldBe(Now);
        Should.Throw<DomainException>(() => sale.EndAt(Now.AddDays(1), Now)).Code.ShouldBe("deal_ended");
    }

    [Fact]
    public void Ending_a_deal_that_has_not_started_leaves_it_an_empty_window()
    {
        var sale = Sale(starts: Now.AddHours(1), ends: Now.AddHours(3));
        sale.End(Now);
        sale.EndsAtUtc.ShouldBe(Now.AddHours(1));
        sale.IsActive(Now.AddHours(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_price_change_is_refused_as_deal_running_once_started_and_as_fixed_before()
    {
        Should.Throw<DomainException>(() => Sale().RefusePriceChange(Now)).Code.ShouldBe("deal_running");
        Should.Throw<DomainException>(() => Sale(starts: Now.AddHours(1)).RefusePriceChange(Now)).Code.ShouldBe("deal_price_fixed");
    }
}
