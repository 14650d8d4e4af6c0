using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Promotions;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Promotions;

/// <summary>Coupons and flash sales through the API: the checkout price, the races, giving back on cancellation.</summary>
public sealed class PromotionsTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Shelf(Guid Store, Guid Pickup, Guid Category, Guid Loaf, Guid LoafProduct, Guid Jam, HttpClient Staff);

    private async Task<Shelf> ShelfAsync(int stock = 100)
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync("Bakery");
        var loaf = await factory.ProductAsync(store, category, "Sourdough loaf", "", new SkuSpec("LOAF", 400, stock));
        var jam = await factory.ProductAsync(store, await factory.CategoryAsync("Pantry"), "Plum jam", "", new SkuSpec("JAM", 600, stock));
        return new Shelf(store.Id, store.PickupPoints[0].Id, category.Id, loaf.Skus[0].Id, loaf.Id, jam.Skus[0].Id, await factory.CreateStaffAsync(store.Id));
    }

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task<JsonElement> CouponAsync(Shelf shelf, string code, object? overrides = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["storeId"] = shelf.Store, ["code"] = code, ["name"] = "Spring treat", ["kind"] = "fixed", ["amountMinor"] = 100, ["scope"] = "store",
            ["validFromUtc"] = Now.AddDays(-1), ["validUntilUtc"] = Now.AddDays(7), ["perShopperLimit"] = 1,
        };
        foreach (var p in (overrides ?? new { }).GetType().GetProperties()) body[p.Name] = p.GetValue(overrides);
        return await (await shelf.Staff.PostAsJsonAsync("/api/v1/coupons", body)).ShouldHaveStatus(HttpStatusCode.Created);
    }

    private static object Order(Shelf shelf, IEnumerable<(Guid Sku, int Quantity)> lines, string[]? coupons = null, object? offer = null) => new
    {
        storeId = shelf.Store, fulfilment = "pickup", pickupPointId = shelf.Pickup, couponCodes = coupons ?? [], offer,
        lines = lines.Select(l => new { skuId = l.Sku, quantity = l.Quantity }).ToArray(),
    };

    private static async Task<List<HttpResponseMessage>> AllAtOnceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> requests) =>
        [.. await requests.RaceAsync(r => r())];

    private static Dictionary<HttpStatusCode, int> Count(IEnumerable<HttpResponseMessage> responses) =>
        responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());

    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    [Fact]
    public async Task A_coupon_redeemed_by_20_racing_requests_succeeds_once()
    {
        var shelf = await ShelfAsync();
        var coupon = await CouponAsync(shelf, "ONCE-" + Guid.NewGuid().ToString("N")[..6]);
        var shopper = await factory.CreateShopperAsync();
        await (await shopper.PostAsync($"/api/v1/coupons/{coupon.GetProperty("id").GetGuid()}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);
        var body = Order(shelf, [(shelf.Loaf, 1)], [coupon.GetProperty("code").GetString()!]);

        var responses = await AllAtOnceAsync(
            Enumerable.Range(0, 20).Select(_ => (Func<Task<HttpResponseMessage>>)(() => shopper.PostAsJsonAsync("/api/v1/orders", body))));

        var statuses = Count(responses);
        statuses.GetValueOrDefault(HttpStatusCode.Created).ShouldBe(1, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        statuses.GetValueOrDefault(HttpStatusCode.Conflict)
            .ShouldBe(19, string.Join(" | ", await Task.WhenAll(responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .Select(r => r.Content.ReadAsStringAsync()))));
        foreach (var lost in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).Take(3))
            await lost.ShouldBeProblem(HttpStatusCode.Conflict, "coupon_already_used");
        var won = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).ShouldHaveStatus(HttpStatusCode.Created);
        won.GetProperty("totalMinor").GetInt64().ShouldBe(300);
        (await factory.StockAsync(shelf.Store, shelf.Loaf)).ShouldBe(99);
        await using var scope = factory.Db();
        (await scope.Db.Set<ShopperCoupon>().SingleAsync(s => s.CouponId == coupon.GetProperty("id").GetGuid()))
            .UsedOrderId.ShouldBe(won.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Claiming_respects_the_total_limit_when_twenty_shoppers_race_and_the_per_shopper_limit_when_one_shopper_does()
    {
        var shelf = await ShelfAsync();
        var coupon = await CouponAsync(shelf, "FIVE-" + Guid.NewGuid().ToString("N")[..6], new { totalLimit = 5, perShopperLimit = 2 });
        var id = coupon.GetProperty("id").GetGuid();
        var shoppers = await factory.ManyShoppersAsync(20);

        var responses = await AllAtOnceAsync(shoppers.Select(s => (Func<Task<HttpResponseMessage>>)(() => s.PostAsync($"/api/v1/coupons/{id}/claim", null))));

        Count(responses).GetValueOrDefault(HttpStatusCode.Created).ShouldBe(5);
        Count(responses).GetValueOrDefault(HttpStatusCode.Conflict).ShouldBe(15);
        await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeProblem(HttpStatusCode.Conflict, "coupon_all_claimed");

        // One shopper tapping ten times at once on another coupon never gets more than the per-shopper limit.
        var second = await CouponAsync(shelf, "TWO-" + Guid.NewGuid().ToString("N")[..6], new { perShopperLimit = 2 });
        var secondId = second.GetProperty("id").GetGuid();
        var eager = shoppers[0];
        var taps = await AllAtOnceAsync(
            Enumerable.Range(0, 10).Select(_ => (Func<Task<HttpResponseMessage>>)(() => eager.PostAsync($"/api/v1/coupons/{secondId}/claim", null))));
        var got = Count(taps).GetValueOrDefault(HttpStatusCode.Created);
        got.ShouldBeInRange(1, 2);
        for (var i = got; i < 2; i++) await (await eager.PostAsync($"/api/v1/coupons/{secondId}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await eager.PostAsync($"/api/v1/coupons/{secondId}/claim", null)).ShouldBeProblem(HttpStatusCode.Conflict, "coupon_limit_reached");

        await using var scope = factory.Db();
        (await scope.Db.Set<ShopperCoupon>().CountAsync(s => s.CouponId == id)).ShouldBe(5);
        (await scope.Db.Set<Coupon>().SingleAsync(c => c.Id == id)).ClaimedCount.ShouldBe(5);
        (await scope.Db.Set<ShopperCoupon>().CountAsync(s => s.CouponId == secondId)).ShouldBe(2);
    }

    [Fact]
    public async Task A_percentage_coupon_for_one_product_discounts_only_that_product_and_needs_its_minimum_spend()
    {
        var shelf = await ShelfAsync();
        var code = "LOAF-" + Guid.NewGuid().ToString("N")[..6];
        var coupon = await CouponAsync(shelf, code,
            new { kind = "percentage", amountMinor = (long?)null, percent = 15, maxDiscountMinor = 500L, minSpendMinor = 800L,
            scope = "product", scopeId = shelf.LoafProduct });
        var shopper = await factory.CreateShopperAsync();
        await (await shopper.PostAsync($"/api/v1/coupons/{coupon.GetProperty("id").GetGuid()}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);

        // One loaf (4.00) and a jam (6.00): the loaves alone do not reach 8.00.
        await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 1), (shelf.Jam, 1)], [code])))
            .ShouldBeValidationProblem("couponCodes");

        // Three loaves (12.00) and a jam: 15% of 12.00 = 1.80 off the loaves only.
        var quote = await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 3), (shelf.Jam, 1)], [code.ToLowerInvariant()])))
            .ShouldHaveStatus(HttpStatusCode.OK);
        quote.GetProperty("adjustments").EnumerateArray().Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("amountMinor").GetInt64()))
            .ShouldBe([("coupon", -180L)]);
        quote.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("skuId").GetGuid() == shelf.Jam).GetProperty("discountMinor").GetInt64()
            .ShouldBe(0);
        quote.GetProperty("totalMinor").GetInt64().ShouldBe(1800 - 180);
    }

    [Fact]
    public async Task Thirty_buyers_for_ten_flash_sale_units_buy_exactly_ten_at_the_flash_price()
    {
        var shelf = await ShelfAsync(stock: 100);
        var sale = await (await shelf.Staff.PostAsJsonAsync("/api/v1/flash-sales", new
        {
            storeId = shelf.Store, skuId = shelf.Loaf, priceMinor = 250, quantity = 10, perShopperLimit = 1, startsAtUtc = Now.AddMinutes(-1),
            endsAtUtc = Now.AddHours(1),
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var saleId = sale.GetProperty("id").GetGuid();
        var buyers = await factory.ManyShoppersAsync(30);
        var body = Order(shelf, [(shelf.Loaf, 1)], offer: new { kind = "flash-sale", id = saleId });

        var responses = await AllAtOnceAsync(buyers.Select(b => (Func<Task<HttpResponseMessage>>)(() => b.PostAsJsonAsync("/api/v1/orders", body))));

        var statuses = Count(responses);
        statuses.GetValueOrDefault(HttpStatusCode.Created).ShouldBe(10, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).Take(2))
            await r.ShouldBeProblem(HttpStatusCode.Conflict, "flash_sale_sold_out");
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.BadRequest).Take(2)) await r.ShouldBeValidationProblem("offer");
        await using var scope = factory.Db();
        var lines = await scope.Db.Set<OrderLine>().Where(l => l.SkuId == shelf.Loaf).ToListAsync();
        lines.Count.ShouldBe(10);
        lines.ShouldAllBe(l => l.UnitPriceMinor == 250 && l.ListUnitPriceMinor == 400);
        (await scope.Db.Set<FlashSale>().SingleAsync(s => s.Id == saleId)).Sold.ShouldBe(10);
        (await factory.StockAsync(shelf.Store, shelf.Loaf)).ShouldBe(90);
        var shown = await (await factory.Anonymous().GetAsync($"/api/v1/flash-sales/{saleId}")).ShouldHaveStatus(HttpStatusCode.OK);
        shown.GetProperty("state").GetString().ShouldBe("sold-out");
        shown.GetProperty("remaining").GetInt32().ShouldBe(0);

        // Without asking for the offer, a latecomer simply pays the usual price.
        var late = await (await buyers[0].PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 1)]))).ShouldHaveStatus(HttpStatusCode.OK);
        late.GetProperty("totalMinor").GetInt64().ShouldBe(400);
    }

    [Fact]
    public async Task Cancelling_an_order_gives_back_its_flash_sale_units_and_its_coupon_once()
    {
        var shelf = await ShelfAsync();
        var sale = await (await shelf.Staff.PostAsJsonAsync("/api/v1/flash-sales", new
        {
            storeId = shelf.Store, skuId = shelf.Loaf, priceMinor = 300, quantity = 2, perShopperLimit = 2, startsAtUtc = Now.AddMinutes(-1),
            endsAtUtc = Now.AddHours(1),
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var saleId = sale.GetProperty("id").GetGuid();
        var code = "BACK-" + Guid.NewGuid().ToString("N")[..6];
        var coupon = await CouponAsync(shelf, code);
        var shopper = await factory.CreateShopperAsync();
        await (await shopper.PostAsync($"/api/v1/coupons/{coupon.GetProperty("id").GetGuid()}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);
        var order = await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(shelf, [(shelf.Loaf, 2)], [code]))).ShouldHaveStatus(HttpStatusCode.Created);
        order.GetProperty("totalMinor").GetInt64().ShouldBe(2 * 300 - 100);
        await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(shelf, [(shelf.Loaf, 1)], offer: new { kind = "flash-sale", id = saleId })))
            .ShouldBeValidationProblem("offer");

        await (await shopper.PostAsync($"/api/v1/orders/{order.GetProperty("id").GetGuid()}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        // Run the give-back again, as a redelivered event would: nothing more comes back.
        await using (var scope = factory.Db())
        {
            var e = new Plaza.Web.Modules.Ordering.Contracts.OrderStatusChanged(order.GetProperty("id").GetGuid(), "x", shelf.Store, Guid.Empty,
                OrderStatus.AwaitingPayment, OrderStatus.Cancelled, Fulfilment.Pickup, Now);
            await scope.Get<IEnumerable<IEventHandler<Plaza.Web.Modules.Ordering.Contracts.OrderStatusChanged>>>().OfType<GiveBackOnCancel>().Single()
                .Handle(e, Guid.NewGuid(), CancellationToken.None);
            (await scope.Db.Set<FlashSale>().SingleAsync(s => s.Id == saleId)).Sold.ShouldBe(0);
        }

        var again = await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(shelf, [(shelf.Loaf, 2)], [code]))).ShouldHaveStatus(HttpStatusCode.Created);
        again.GetProperty("totalMinor").GetInt64().ShouldBe(500);
        var shown = await (await factory.Anonymous().GetAsync($"/api/v1/flash-sales/{saleId}")).ShouldHaveStatus(HttpStatusCode.OK);
        shown.GetProperty("sold").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task An_unpaid_order_that_expires_gives_its_flash_sale_units_back()
    {
        var shelf = await ShelfAsync();
        var sale = await (await shelf.Staff.PostAsJsonAsync("/api/v1/flash-sales", new
        {
            storeId = shelf.Store, skuId = shelf.Jam, priceMinor = 500, quantity = 1, startsAtUtc = Now.AddMinutes(-1), endsAtUtc = Now.AddHours(2),
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var shopper = await factory.CreateShopperAsync();
        await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(shelf, [(shelf.Jam, 1)]))).ShouldHaveStatus(HttpStatusCode.Created);

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await using (var scope = factory.Db()) await ExpireUnpaidOrders.SweepAsync(scope.Get<IServiceProvider>(), CancellationToken.None);
        await DispatchAsync();

        var shown = await (await factory.Anonymous().GetAsync($"/api/v1/flash-sales/{sale.GetProperty("id").GetGuid()}")).ShouldHaveStatus(HttpStatusCode.OK);
        shown.GetProperty("remaining").GetInt32().ShouldBe(1);
        shown.GetProperty("state").GetString().ShouldBe("running");
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_only_staff_create_promotions()
    {
        var shelf = await ShelfAsync();
        await (await shelf.Staff.PostAsJsonAsync("/api/v1/coupons",
            new { storeId = shelf.Store, code = "BAD", name = "n", kind = "percentage", percent = 150, scope = "store",
            validFromUtc = Now, validUntilUtc = Now.AddDays(1) })).ShouldBeValidationProblem("percent");
        await (await shelf.Staff.PostAsJsonAsync("/api/v1/coupons",
            new { storeId = shelf.Store, code = "X Y!", name = "n", kind = "fixed", amountMinor = 1, scope = "store",
            validFromUtc = Now, validUntilUtc = Now.AddDays(1) })).ShouldBeValidationProblem("code");
        await (await shelf.Staff.PostAsJsonAsync("/api/v1/coupons",
            new { storeId = shelf.Store, code = "CAT", name = "n", kind = "fixed", amountMinor = 1, scope = "category",
            validFromUtc = Now, validUntilUtc = Now.AddDays(1) })).ShouldBeValidationProblem("scopeId");
        await (await shelf.Staff.PostAsJsonAsync("/api/v1/flash-sales", new { storeId = shelf.Store, skuId = shelf.Loaf, priceMinor = 450, quantity = 5,
            startsAtUtc = Now, endsAtUtc = Now.AddHours(1) })).ShouldBeValidationProblem("priceMinor");
        await (await shelf.Staff.PostAsJsonAsync("/api/v1/flash-sales", new { storeId = shelf.Store, skuId = shelf.Loaf, priceMinor = 100, quantity = 0,
            startsAtUtc = Now, endsAtUtc = Now.AddHours(1) })).ShouldBeValidationProblem("quantity");
        var shopper = await factory.CreateShopperAsync();
        await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 1)], ["NO-SUCH"]))).ShouldBeValidationProblem("couponCodes");
        await (await shopper.PostAsJsonAsync("/api/v1/coupons",
            new { storeId = shelf.Store, code = "MINE", name = "n", kind = "fixed", amountMinor = 1, scope = "store",
            validFromUtc = Now, validUntilUtc = Now.AddDays(1) })).ShouldBeProblem(HttpStatusCode.Forbidden, "not_store_staff");
    }

    [Fact]
    public async Task A_non_stackable_coupon_goes_alone_and_an_expired_one_is_refused()
    {
        var shelf = await ShelfAsync();
        var a = await CouponAsync(shelf, "SOLO-" + Guid.NewGuid().ToString("N")[..6]);
        var b = await CouponAsync(shelf, "PAIR-" + Guid.NewGuid().ToString("N")[..6], new { stackable = true, validUntilUtc = Now.AddHours(1) });
        var shopper = await factory.CreateShopperAsync();
        foreach (var c in new[] { a, b })
            await (await shopper.PostAsync($"/api/v1/coupons/{c.GetProperty("id").GetGuid()}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);
        string Code(JsonElement c) => c.GetProperty("code").GetString()!;

        await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 2)], [Code(a), Code(b)])))
            .ShouldBeValidationProblem("couponCodes");
        var alone = await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 2)], [Code(a)])))
            .ShouldHaveStatus(HttpStatusCode.OK);
        alone.GetProperty("totalMinor").GetInt64().ShouldBe(700);

        (await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 2)], [Code(b)]))).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("totalMinor").GetInt64().ShouldBe(700);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", Order(shelf, [(shelf.Loaf, 2)], [Code(b)]))).ShouldBeValidationProblem("couponCodes");
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_coupons_and_flash_sales_with_summaries_and_writes_need_a_token()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        JsonElement Op(string path, string method) => paths.GetProperty(path).GetProperty(method);
        bool Secured(string path, string method) => Op(path, method).TryGetProperty("security", out var s) && s.GetArrayLength() > 0;

        Secured("/api/v1/coupons", "post").ShouldBeTrue();
        Secured("/api/v1/coupons/{id}/claim", "post").ShouldBeTrue();
        Secured("/api/v1/coupons/{id}/issue", "post").ShouldBeTrue();
        Secured("/api/v1/flash-sales", "post").ShouldBeTrue();
        Secured("/api/v1/flash-sales", "get").ShouldBeFalse();
        Secured("/api/v1/coupons", "get").ShouldBeFalse();
        Secured("/api/v1/coupons/{id}", "get").ShouldBeFalse();
        foreach (var (path, method) in new[] { ("/api/v1/coupons", "post"), ("/api/v1/coupons/{id}", "get"), ("/api/v1/coupons/mine", "get"),
            ("/api/v1/flash-sales/{id}", "get"), ("/api/v1/flash-sales", "post") })
        {
            Op(path, method).GetProperty("tags")[0].GetString().ShouldBe("Promotions");
            Op(path, method).GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task A_shoppers_coupons_are_in_her_export_and_unused_ones_go_back_to_the_pool_when_she_deletes_her_account()
    {
        var shelf = await ShelfAsync();
        var coupon = await CouponAsync(shelf, "MINE-" + Guid.NewGuid().ToString("N")[..6], new { totalLimit = 3 });
        var id = coupon.GetProperty("id").GetGuid();
        var erin = await factory.CreateAccountAsync();
        await (await erin.Client.PostAsync($"/api/v1/coupons/{id}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);

        var export = await (await erin.Client.GetAsync("/api/v1/me/export")).ShouldHaveStatus(HttpStatusCode.OK);
        export.GetProperty("sections").GetProperty("promotions").GetProperty("coupons")[0].GetProperty("code").GetString()
            .ShouldBe(coupon.GetProperty("code").GetString());

        await (await erin.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "remove" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        await using var scope = factory.Db();
        (await scope.Db.Set<ShopperCoupon>().CountAsync(s => s.CustomerId == erin.Id)).ShouldBe(0);
        (await scope.Db.Set<Coupon>().SingleAsync(c => c.Id == id)).ClaimedCount.ShouldBe(0);
    }
}
