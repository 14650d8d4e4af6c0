using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.IntegrationTests.Ordering;

/// <summary>
/// The one price computation, seen through the API with two price rules that exist only here (the real
/// ones live in Loyalty and Promotions): the quote and the order agree line by line, the breakdown adds
/// up, refunds give back what was paid, and a rule that loses its race rolls the whole order back.
/// </summary>
public sealed class PricingTests(PricingTests.Fixture fixture) : IClassFixture<PricingTests.Fixture>
{
    public sealed class Fixture : IAsyncDisposable
    {
        public PlazaFactory Factory { get; } = new(null, s =>
        {
            s.RemoveAll<IPriceRule>(); // only the rules below: this is about the computation, not the real mechanics
            s.AddScoped<IPriceRule, TenPercentMemberPrice>();
            s.AddScoped<IPriceRule, FixedCoupon>();
        });

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    /// <summary>10% off every unit at stage 1.</summary>
    private sealed class TenPercentMemberPrice : IPriceRule
    {
        public PriceStage Stage => PriceStage.MemberPrice;
        public Task Apply(PriceSheet sheet, CancellationToken ct)
        {
            foreach (var line in sheet.Lines) sheet.OfferUnitPrice(line.SkuId, line.UnitPriceMinor * 9 / 10, "member-price", "Member price");
            return Task.CompletedTask;
        }
        public Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct) => Task.CompletedTask;
    }

    /// <summary>"SAVE100" takes 1.00 off; "GONE" is a coupon somebody else redeemed a moment ago.</summary>
    private sealed class FixedCoupon : IPriceRule
    {
        public PriceStage Stage => PriceStage.Coupon;
        public Task Apply(PriceSheet sheet, CancellationToken ct)
        {
            foreach (var code in sheet.Choices.CouponCodes)
                if (code is "SAVE100" or "GONE") sheet.Discount(100, "coupon", "Coupon");
                else sheet.Refuse("couponCodes", "That coupon code is not valid.");
            return Task.CompletedTask;
        }
        public Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct) =>
            sheet.Choices.CouponCodes.Contains("GONE") ? throw new DomainException("coupon_used_up", "This coupon has just been used up.") : Task.CompletedTask;
    }

    private PlazaFactory Factory => fixture.Factory;

    private async Task<(Guid Store, Guid Pickup, Guid Loaf, Guid Jam)> ShelfAsync()
    {
        var store = await Factory.StoreAsync();
        var category = await Factory.CategoryAsync();
        var loaf = await Factory.ProductAsync(store, category, "Sourdough loaf", "Baked this morning", new SkuSpec("LOAF", 320, 10));
        var jam = await Factory.ProductAsync(store, category, "Plum jam", "Homemade", new SkuSpec("JAM", 450, 10));
        return (store.Id, store.PickupPoints[0].Id, loaf.Skus[0].Id, jam.Skus[0].Id);
    }

    private static object Body(Guid store, Guid pickup, Guid loaf, Guid jam, params string[] coupons) => new
    {
        storeId = store, fulfilment = "pickup", pickupPointId = pickup, couponCodes = coupons,
        lines = new[] { new { skuId = loaf, quantity = 3 }, new { skuId = jam, quantity = 1 } },
    };

    [Fact]
    public async Task The_quote_and_the_order_show_the_same_breakdown_line_by_line_and_it_adds_up()
    {
        var (store, pickup, loaf, jam) = await ShelfAsync();
        var shopper = await Factory.CreateShopperAsync();

        var quote = await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Body(store, pickup, loaf, jam, "SAVE100")))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var order = await (await shopper.PostAsJsonAsync("/api/v1/orders", Body(store, pickup, loaf, jam, "SAVE100"))).ShouldHaveStatus(HttpStatusCode.Created);

        // 3 × 3.20 + 4.50 = 14.10; member price −0.96 −0.45; coupon −1.00 → 11.69
        foreach (var view in new[] { quote, order })
        {
            view.GetProperty("subtotalMinor").GetInt64().ShouldBe(1410);
            view.GetProperty("totalMinor").GetInt64().ShouldBe(1169);
            view.GetProperty("adjustments").EnumerateArray().Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("amountMinor").GetInt64()))
                .ShouldBe([("member-price", -96L), ("member-price", -45L), ("coupon", -100L)]);
        }
        var loafLine = order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("skuId").GetGuid() == loaf);
        loafLine.GetProperty("listUnitPriceMinor").GetInt64().ShouldBe(320);
        loafLine.GetProperty("unitPriceMinor").GetInt64().ShouldBe(288);
        (loafLine.GetProperty("netMinor").GetInt64() + order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("skuId").GetGuid() == jam)
            .GetProperty("netMinor").GetInt64())
            .ShouldBe(1169);

        var again = await (await shopper.GetAsync($"/api/v1/orders/{order.GetProperty("id").GetGuid()}")).ShouldHaveStatus(HttpStatusCode.OK);
        again.GetProperty("adjustments").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task A_full_refund_gives_back_exactly_what_was_paid_after_discounts()
    {
        var (store, pickup, loaf, jam) = await ShelfAsync();
        var shopper = await Factory.CreateShopperAsync();
        var staff = await Factory.CreateStaffAsync(store);
        var order = await (await shopper.PostAsJsonAsync("/api/v1/orders", Body(store, pickup, loaf, jam, "SAVE100"))).ShouldHaveStatus(HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await Factory.PayAsync(shopper, id);
        var loafLine = order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("skuId").GetGuid() == loaf);

        var one = await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds",
            new { lines = new[] { new { lineId = loafLine.GetProperty("id").GetGuid(), quantity = 1 } } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var rest = await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { full = true })).ShouldHaveStatus(HttpStatusCode.OK);

        one.GetProperty("refundedMinor").GetInt64().ShouldBe(loafLine.GetProperty("netMinor").GetInt64() / 3);
        rest.GetProperty("refundedMinor").GetInt64().ShouldBe(1169);
        rest.GetProperty("paymentState").GetString().ShouldBe("refunded");
    }

    [Fact]
    public async Task When_a_rule_loses_its_race_nothing_is_ordered_and_no_stock_is_taken()
    {
        var (store, pickup, loaf, jam) = await ShelfAsync();
        var shopper = await Factory.CreateShopperAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/orders", Body(store, pickup, loaf, jam, "GONE"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "coupon_used_up");
        (await Factory.StockAsync(store, loaf)).ShouldBe(10);
        (await Factory.StockAsync(store, jam)).ShouldBe(10);
        (await (await shopper.GetAsync("/api/v1/orders")).ShouldHaveStatus(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_choice_no_rule_can_honour_is_refused_naming_the_field()
    {
        var (store, pickup, loaf, jam) = await ShelfAsync();
        var shopper = await Factory.CreateShopperAsync();

        await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Body(store, pickup, loaf, jam, "NOPE"))).ShouldBeValidationProblem("couponCodes");
        await (await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store, fulfilment = "pickup", pickupPointId = pickup, lines = new[] { new { skuId = loaf, quantity = 1 } },
            offer = new { kind = "group-buy", id = Guid.NewGuid() },
        })).ShouldBeValidationProblem("offer");
        await (await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store, fulfilment = "pickup", pickupPointId = pickup, lines = new[] { new { skuId = loaf, quantity = 1 } }, pointsToSpend = 500,
        })).ShouldBeValidationProblem("pointsToSpend");
        await (await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store, fulfilment = "pickup", pickupPointId = pickup, lines = new[] { new { skuId = loaf, quantity = 1 } }, pointsToSpend = -1,
        })).ShouldBeValidationProblem("pointsToSpend");
        (await Factory.StockAsync(store, loaf)).ShouldBe(10);
    }
}
