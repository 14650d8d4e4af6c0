using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Promotions;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Promotions;

public sealed class PromotionRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Store = Guid.NewGuid(), Bakery = Guid.NewGuid(), Dairy = Guid.NewGuid(), Loaf = Guid.NewGuid(), Milk = Guid.NewGuid();

    private static Coupon Coupon(CouponKind kind = CouponKind.Fixed, long amount = 100, int percent = 0, long? cap = null, long minSpend = 0,
        CouponScope scope = CouponScope.Store, Guid? scopeId = null, bool stackable = false, DateTime? from = null, DateTime? until = null) =>
        Plaza.Web.Modules.Promotions.Coupon.Create(Store, " spring-10 ", "Spring", kind, amount, percent, cap, minSpend, "GBP", scope, scopeId,
            from ?? Now.AddDays(-1), until ?? Now.AddDays(1), null, 1, stackable, true, Guid.NewGuid(), Now);

    /// <summary>Two loaves at 3.20 (bakery) and a milk at 1.50 (dairy).</summary>
    private static List<PriceSheetLine> Lines() =>
    [
        new(Guid.NewGuid(), Loaf, Bakery, "Loaf", "", 2, 320),
        new(Guid.NewGuid(), Milk, Dairy, "Milk", "1 l", 1, 150),
    ];

    [Fact]
    public void Codes_are_kept_in_upper_case_without_spaces() => Coupon().Code.ShouldBe("SPRING-10");

    [Fact]
    public void A_coupon_page_says_upcoming_before_the_start_open_while_valid_and_ended_from_the_end()
    {
        var coupon = Coupon(from: Now.AddHours(1), until: Now.AddHours(2));
        GetCoupon.StateOf(coupon, Now).ShouldBe("upcoming");
        GetCoupon.StateOf(coupon, Now.AddHours(1)).ShouldBe("open");
        GetCoupon.StateOf(coupon, Now.AddHours(2)).ShouldBe("ended");
    }

    [Theory]
    [InlineData(15, 790, 119)]   // 118.5 rounds half up to 119
    [InlineData(15, 789, 118)]   // 118.35 rounds down
    [InlineData(10, 5, 1)]       // 0.5 rounds up to one minor unit
    [InlineData(100, 640, 640)]
    public void A_percentage_is_rounded_half_up_to_the_minor_unit(int percent, long eligible, long expected) =>
        Coupon(CouponKind.Percentage, percent: percent).DiscountOn(eligible).ShouldBe(expected);

    [Fact]
    public void A_percentage_coupon_never_takes_more_than_its_cap_and_a_fixed_one_never_more_than_the_items_cost()
    {
        Coupon(CouponKind.Percentage, percent: 50, cap: 300).DiscountOn(2000).ShouldBe(300);
        Coupon(CouponKind.Percentage, percent: 50, cap: 300).DiscountOn(400).ShouldBe(200);
        Coupon(amount: 500).DiscountOn(320).ShouldBe(320);
        Coupon(amount: 500).DiscountOn(0).ShouldBe(0);
    }

    [Fact]
    public void The_minimum_spend_counts_only_the_items_the_coupon_covers_at_their_price_after_special_prices()
    {
        var lines = Lines();
        Coupon(scope: CouponScope.Category, scopeId: Bakery, minSpend: 640).Problem(Now, lines).ShouldBeNull();
        Coupon(scope: CouponScope.Category, scopeId: Bakery, minSpend: 641).Problem(Now, lines)
            .ShouldBe("Your order does not reach this coupon's minimum spend.");
        lines[0].UnitPriceMinor = 250; // a flash sale took the loaf to 2.50
        Coupon(scope: CouponScope.Category, scopeId: Bakery, minSpend: 600).Problem(Now, lines).ShouldNotBeNull();
        Coupon(minSpend: 650).Problem(Now, lines).ShouldBeNull(); // 5.00 + 1.50 for the whole store
    }

    [Fact]
    public void The_scope_decides_which_lines_a_coupon_covers()
    {
        var lines = Lines();
        lines.Count(Coupon().Covers).ShouldBe(2);
        lines.Single(Coupon(scope: CouponScope.Category, scopeId: Dairy).Covers).ProductId.ShouldBe(Milk);
        lines.Single(Coupon(scope: CouponScope.Product, scopeId: Loaf).Covers).ProductId.ShouldBe(Loaf);
        Coupon(scope: CouponScope.Product, scopeId: Guid.NewGuid()).Problem(Now, lines).ShouldBe("This coupon does not apply to any item in your order.");
        Should.Throw<DomainException>(() => Coupon(scope: CouponScope.Category, scopeId: null));
    }

    [Fact]
    public void A_coupon_is_valid_from_its_start_until_just_before_its_end()
    {
        var c = Coupon(from: Now, until: Now.AddHours(1));
        c.Problem(Now.AddSeconds(-1), Lines()).ShouldBe("This coupon is not valid yet.");
        c.Problem(Now, Lines()).ShouldBeNull();
        c.Problem(Now.AddHours(1), Lines()).ShouldBe("This coupon has expired.");
        Should.Throw<DomainException>(() => Coupon(from: Now, until: Now));
    }

    [Fact]
    public void A_non_stackable_coupon_goes_alone_while_stackable_ones_combine()
    {
        Plaza.Web.Modules.Promotions.Coupon.StackingProblem([Coupon()]).ShouldBeNull();
        Plaza.Web.Modules.Promotions.Coupon.StackingProblem([Coupon(stackable: true), Coupon(stackable: true)]).ShouldBeNull();
        Plaza.Web.Modules.Promotions.Coupon.StackingProblem([Coupon(stackable: true), Coupon()]).ShouldBe("This coupon cannot be combined with other coupons.");
    }

    private static FlashSale Sale(int quantity = 10, int limit = 2) =>
        FlashSale.Create(Store, Guid.NewGuid(), Loaf, "Loaf", 250, 320, "GBP", quantity, limit, Now, Now.AddHours(1), Guid.NewGuid(), Now);

    [Fact]
    public void A_flash_sale_sells_only_while_it_runs_within_its_quantity_and_the_shoppers_limit()
    {
        var sale = Sale(quantity: 10, limit: 2);
        sale.CanSell(1, 0, Now.AddMinutes(-1)).ShouldBe(FlashSaleRefusal.NotRunning);
        sale.CanSell(1, 0, Now).ShouldBe(FlashSaleRefusal.None);
        sale.CanSell(2, 0, Now).ShouldBe(FlashSaleRefusal.None);
        sale.CanSell(1, 2, Now).ShouldBe(FlashSaleRefusal.Limit);
        sale.CanSell(11, 0, Now).ShouldBe(FlashSaleRefusal.SoldOut);
        sale.CanSell(1, 0, Now.AddHours(1)).ShouldBe(FlashSaleRefusal.NotRunning);
        sale.Remaining.ShouldBe(10);
    }

    [Fact]
    public void A_flash_sale_price_must_be_below_the_usual_price_and_end_after_it_starts()
    {
        Should.Throw<DomainException>(() => FlashSale.Create(Store, Guid.NewGuid(), Loaf, "Loaf", 320, 320, "GBP", 5, 1, Now, Now.AddHours(1),
            Guid.NewGuid(), Now))
            .Code.ShouldBe("flash_price_not_lower");
        Should.Throw<DomainException>(() => FlashSale.Create(Store, Guid.NewGuid(), Loaf, "Loaf", 200, 320, "GBP", 5, 1, Now, Now, Guid.NewGuid(), Now))
            .Code.ShouldBe("flash_sale_dates");
    }
}
