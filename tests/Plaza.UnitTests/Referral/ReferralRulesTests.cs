using Plaza.Web.Modules.Referral;

namespace Plaza.UnitTests.Referral;

public sealed class ReferralRulesTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Period = TimeSpan.FromDays(30);
    private static readonly Guid Store = Guid.NewGuid();
    private readonly Guid _customer = Guid.NewGuid(), _p1 = Guid.NewGuid(), _p2 = Guid.NewGuid();

    private static bool Everyone(Guid _) => true;

    private Upline Resolve(Binding? customer, Binding? level1, DateTime? placedAt = null, bool self = false, Func<Guid, bool>? isPromoter = null) =>
        ReferralRules.Resolve(_customer, placedAt ?? T0.AddDays(1), Period, self, customer, level1, isPromoter ?? Everyone);

    [Fact]
    public void A_bound_customer_earns_their_promoter_level_1_and_the_promoters_promoter_level_2()
    {
        var upline = Resolve(new Binding(_customer, _p1, T0), new Binding(_p1, _p2, T0.AddDays(-1)));

        upline.ShouldBe(new Upline(_p1, _p2));
        upline.Earners().Count().ShouldBe(ReferralRules.MaxLevels);
    }

    [Fact]
    public void A_purchase_through_ones_own_link_earns_nobody()
    {
        Resolve(new Binding(_customer, _p1, T0), new Binding(_p1, _p2, T0), self: true).ShouldBe(Upline.Nobody);
    }

    [Fact]
    public void Nobody_can_be_bound_to_themselves_or_close_a_cycle()
    {
        ReferralRules.CanBind(_customer, _customer, []).ShouldBeFalse();
        ReferralRules.CanBind(_customer, _p1, [_customer]).ShouldBeFalse();
        ReferralRules.CanBind(_customer, _p1, [_p2, _customer]).ShouldBeFalse();
        ReferralRules.CanBind(_customer, _p1, [_p2]).ShouldBeTrue();
        Resolve(new Binding(_customer, _customer, T0), null).ShouldBe(Upline.Nobody);
    }

    [Fact]
    public void In_a_cycle_the_later_binding_earns_nothing_and_the_customer_never_earns_level_2_on_their_own_order()
    {
        // The customer was bound to p1 first; p1's later binding to the customer would close the cycle.
        var later = Resolve(new Binding(_customer, _p1, T0.AddDays(1)), new Binding(_p1, _customer, T0), placedAt: T0.AddDays(2));
        var earlier = Resolve(new Binding(_customer, _p1, T0), new Binding(_p1, _customer, T0.AddDays(1)), placedAt: T0.AddDays(2));

        later.ShouldBe(Upline.Nobody);
        earlier.ShouldBe(new Upline(_p1, null));
    }

    [Fact]
    public void Level_2_is_never_the_level_1_promoter_again()
    {
        Resolve(new Binding(_customer, _p1, T0), new Binding(_p1, _p1, T0)).ShouldBe(new Upline(_p1, null));
    }

    [Fact]
    public void A_binding_counts_from_sign_up_for_the_period_only()
    {
        var binding = new Binding(_customer, _p1, T0);

        Resolve(binding, null, placedAt: T0.AddDays(30).AddTicks(-1)).Level1.ShouldBe(_p1);
        Resolve(binding, null, placedAt: T0.AddDays(30)).ShouldBe(Upline.Nobody);
        Resolve(binding, null, placedAt: T0.AddSeconds(-1)).ShouldBe(Upline.Nobody);
    }

    [Fact]
    public void Only_promoters_earn_and_an_expired_upper_binding_drops_level_2_only()
    {
        Resolve(new Binding(_customer, _p1, T0), new Binding(_p1, _p2, T0), isPromoter: id => id == _p2).ShouldBe(Upline.Nobody);
        Resolve(new Binding(_customer, _p1, T0), new Binding(_p1, _p2, T0), isPromoter: id => id == _p1).ShouldBe(new Upline(_p1, null));
        Resolve(new Binding(_customer, _p1, T0.AddDays(40)), new Binding(_p1, _p2, T0), placedAt: T0.AddDays(41)).ShouldBe(new Upline(_p1, null));
    }

    [Fact]
    public void The_most_specific_rate_wins_product_then_category_then_store_default()
    {
        var product = Guid.NewGuid();
        var category = Guid.NewGuid();
        var rates = new List<CommissionRate> { CommissionRate.Create(Store, RateScope.Default, Guid.Empty, 500, 200, T0) };

        ReferralRules.BasisPoints(rates, product, category, 1).ShouldBe(500);
        rates.Add(CommissionRate.Create(Store, RateScope.Category, category, 1000, 300, T0));
        ReferralRules.BasisPoints(rates, product, category, 2).ShouldBe(300);
        ReferralRules.BasisPoints(rates, product, null, 2).ShouldBe(200);
        rates.Add(CommissionRate.Create(Store, RateScope.Product, product, 0, 50, T0));
        ReferralRules.BasisPoints(rates, product, category, 1).ShouldBe(0);
        ReferralRules.BasisPoints(rates, product, category, 2).ShouldBe(50);
        ReferralRules.BasisPoints(rates, product, category, 3).ShouldBe(0);
        ReferralRules.BasisPoints([], product, category, 1).ShouldBe(0);
    }

    [Fact]
    public void Commission_is_each_lines_amount_at_its_rate_rounded_down_once()
    {
        var tea = Guid.NewGuid();
        var mug = Guid.NewGuid();
        var rates = new List<CommissionRate>
        {
            CommissionRate.Create(Store, RateScope.Default, Guid.Empty, 333, 0, T0),
            CommissionRate.Create(Store, RateScope.Product, mug, 250, 50, T0),
        };

        ReferralRules.Amount(rates, [new RatedLine(tea, null, 1001), new RatedLine(mug, null, 2000)], 1).ShouldBe(83); // 33.33 + 50 = 83.33
        ReferralRules.Amount(rates, [new RatedLine(tea, null, 1001), new RatedLine(mug, null, 2000)], 2).ShouldBe(10);
    }

    [Fact]
    public void A_refund_reverses_the_refunded_share_and_a_full_refund_reverses_everything()
    {
        ReferralRules.ReversedFor(250, 4000, 4000).ShouldBe(0);
        ReferralRules.ReversedFor(250, 4000, 2000).ShouldBe(125);
        ReferralRules.ReversedFor(250, 4000, 3000).ShouldBe(63);
        ReferralRules.ReversedFor(250, 4000, 0).ShouldBe(250);
        ReferralRules.ReversedFor(250, 4000, 5000).ShouldBe(0);
    }

    [Fact]
    public void A_rate_above_half_or_below_zero_and_commission_to_oneself_or_at_level_3_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CommissionRate.Create(Store, RateScope.Default, Guid.Empty, CommissionRate.MaxBasisPoints + 1, 0, T0));
        Should.Throw<ArgumentOutOfRangeException>(() => CommissionRate.Create(Store, RateScope.Default, Guid.Empty, 0, -1, T0));
        Should.Throw<ArgumentOutOfRangeException>(() => Commission.Earn(Guid.NewGuid(), 3, _p1, _customer, Store, 100, 1, "GBP", T0, T0));
        Should.Throw<ArgumentException>(() => Commission.Earn(Guid.NewGuid(), 1, _customer, _customer, Store, 100, 1, "GBP", T0, T0));
    }
}
