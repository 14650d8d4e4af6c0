using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.UnitTests.Ordering;

public sealed class PriceSheetTests
{
    private static readonly Guid Bread = Guid.NewGuid(), Milk = Guid.NewGuid(), Eggs = Guid.NewGuid();

    private static PriceSheet Sheet(long deliveryFee = 0) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "GBP", new DateTime(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc), PricingChoices.None,
    [
        new PriceSheetLine(Bread, Guid.NewGuid(), null, "Bread", "", 2, 320),
        new PriceSheetLine(Milk, Guid.NewGuid(), null, "Milk", "1 l", 1, 150),
        new PriceSheetLine(Eggs, Guid.NewGuid(), null, "Eggs", "6", 3, 199),
    ], deliveryFee);

    private static long Sum(PriceSheet s) => s.SubtotalMinor + s.Adjustments.Sum(a => a.AmountMinor) + s.OriginalDeliveryFeeMinor;

    [Fact]
    public void The_lowest_special_price_wins_and_a_special_price_above_the_member_price_is_ignored()
    {
        var s = Sheet();
        s.OfferUnitPrice(Bread, 300, "member-price", "Member price");
        s.SettleUnitPrices();
        s.Stage = PriceStage.SpecialPrice;
        s.OfferUnitPrice(Bread, 310, "campaign", "Campaign price");   // above the member price: ignored
        s.OfferUnitPrice(Milk, 120, "flash-sale", "Flash sale");
        s.OfferUnitPrice(Milk, 100, "campaign", "Campaign price");    // lower: wins
        s.SettleUnitPrices();

        s.Lines.Single(l => l.SkuId == Bread).UnitPriceMinor.ShouldBe(300);
        s.Lines.Single(l => l.SkuId == Milk).UnitPriceMinor.ShouldBe(100);
        s.Adjustments.Select(a => (a.Kind, a.AmountMinor)).ShouldBe([("member-price", -40L), ("campaign", -50L)]);
        s.Won(Milk, "flash-sale", out _).ShouldBeFalse();
        s.TotalMinor.ShouldBe(Sum(s));
    }

    [Fact]
    public void A_discount_is_shared_across_lines_in_proportion_and_the_shares_add_up_exactly()
    {
        var s = Sheet();
        s.Stage = PriceStage.Coupon;

        s.Discount(100, "coupon", "Coupon").ShouldBe(100);

        s.Lines.Sum(l => l.DiscountMinor).ShouldBe(100);
        s.Lines.Single(l => l.SkuId == Bread).DiscountMinor.ShouldBe(46); // 640 of 1,387
        s.TotalMinor.ShouldBe(1387 - 100);
        s.TotalMinor.ShouldBe(Sum(s));
    }

    [Fact]
    public void A_discount_never_takes_the_eligible_lines_below_zero()
    {
        var s = Sheet(deliveryFee: 250);
        s.Stage = PriceStage.Coupon;

        s.Discount(10_000, "coupon", "Coupon", eligible: l => l.SkuId == Milk).ShouldBe(150);
        s.Stage = PriceStage.Points;
        s.Discount(10_000, "points", "Points").ShouldBe(1387 - 150);

        s.Lines.ShouldAllBe(l => l.NetMinor == 0);
        s.TotalMinor.ShouldBe(250); // the delivery fee is not a discount's to take
        s.TotalMinor.ShouldBe(Sum(s));
    }

    [Fact]
    public void A_waived_delivery_fee_is_shown_as_a_saving()
    {
        var s = Sheet(deliveryFee: 250);
        s.WaiveDeliveryFee("member-free-delivery", "Free delivery for members");

        s.TotalMinor.ShouldBe(1387);
        s.Adjustments.Single().AmountMinor.ShouldBe(-250);
        s.TotalMinor.ShouldBe(Sum(s));
    }

    [Fact]
    public void Unit_prices_and_discounts_each_belong_to_their_own_stages()
    {
        var s = Sheet();
        Should.Throw<InvalidOperationException>(() => s.Discount(10, "coupon", "Coupon"));
        s.Stage = PriceStage.Coupon;
        Should.Throw<InvalidOperationException>(() => s.OfferUnitPrice(Bread, 1, "flash-sale", "Flash sale"));
    }

    [Fact]
    public async Task Rules_run_stage_by_stage_whatever_order_they_were_registered_in()
    {
        var seen = new List<string>();
        var calculator = new PriceCalculator(
            [new Recording(PriceStage.Points, seen), new Recording(PriceStage.MemberPrice, seen), new Recording(PriceStage.Coupon, seen)]);
        var offer = new Plaza.Web.Modules.Catalog.Contracts.SkuOffer(Bread, Guid.NewGuid(), "Bread", "", 320, "GBP", 10, true, null);

        var sheet = await calculator.Price(Guid.NewGuid(), Guid.NewGuid(), "GBP", [new PriceCalculator.Item(Bread, 1)],
            new Dictionary<Guid, Plaza.Web.Modules.Catalog.Contracts.SkuOffer> { [Bread] = offer },
            0, new PricingChoices(["SPRING"], 0, new OfferRef("group-buy", Guid.NewGuid())), DateTime.UtcNow, CancellationToken.None);

        seen.ShouldBe(["MemberPrice", "Coupon", "Points"]);
        sheet.Refusals.Keys.ShouldBe(["offer"]); // nobody recognised the offer; a coupon rule exists, so the code is its business
    }

    private sealed class Recording(PriceStage stage, List<string> seen) : IPriceRule
    {
        public PriceStage Stage => stage;
        public Task Apply(PriceSheet sheet, CancellationToken ct) { seen.Add(sheet.Stage.ToString()); return Task.CompletedTask; }
        public Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct) => Task.CompletedTask;
    }
}
