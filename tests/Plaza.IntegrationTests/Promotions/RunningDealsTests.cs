using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering;

namespace Plaza.IntegrationTests.Promotions;

/// <summary>
/// Running deals changed from the back office through the API: team group-buy deals, bargain deals, flash sales
/// and coupon campaigns may have their end moved (never before now) and their limits changed, are ended early
/// (nothing new begins, what began runs on), refuse a new price with 409 deal_running, and are nobody else's:
/// staff of another store get the same 404 as for a deal that does not exist.
/// </summary>
public sealed class RunningDealsTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private const long UsualPrice = 1000;

    private sealed record Shelf(Guid Store, Guid Pickup, Guid Sku, HttpClient Staff, HttpClient Stranger);

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task<Shelf> ShelfAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Rambutan tray", "", new SkuSpec("TRAY", UsualPrice, 100));
        var other = await factory.StoreAsync();
        return new Shelf(store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, await factory.CreateStaffAsync(store.Id),
            await factory.CreateStaffAsync(other.Id));
    }

    private static object OrderBody(Shelf s, string kind, Guid id) => new
    {
        storeId = s.Store, fulfilment = "pickup", pickupPointId = s.Pickup,
        lines = new[] { new { skuId = s.Sku, quantity = 1 } },
        offer = new { kind, id },
    };

    private async Task<Guid> GroupBuyDealAsync(Shelf s) =>
        (await (await s.Staff.PostAsJsonAsync("/api/v1/group-buys/deals", new
        {
            storeId = s.Store, skuId = s.Sku, groupPriceMinor = 700, teamSize = 3, timeLimitMinutes = 60, perShopperLimit = 1, endsAtUtc = Now.AddDays(7),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<Guid> BargainDealAsync(Shelf s) =>
        (await (await s.Staff.PostAsJsonAsync("/api/v1/bargains/deals", new
        {
            storeId = s.Store, skuId = s.Sku, floorPriceMinor = 500, expectedCuts = 5, timeLimitMinutes = 60, endsAtUtc = Now.AddDays(7),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<Guid> FlashSaleAsync(Shelf s, int quantity = 10) =>
        (await (await s.Staff.PostAsJsonAsync("/api/v1/flash-sales", new
        {
            storeId = s.Store, skuId = s.Sku, priceMinor = 600, quantity, perShopperLimit = 1, startsAtUtc = Now.AddMinutes(-1), endsAtUtc = Now.AddHours(2),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<Guid> CouponAsync(Shelf s, string code, int? totalLimit = null) =>
        (await (await s.Staff.PostAsJsonAsync("/api/v1/coupons", new
        {
            storeId = s.Store, code, name = "Autumn treat", kind = "fixed", amountMinor = 100, scope = "store",
            validFromUtc = Now.AddDays(-1), validUntilUtc = Now.AddDays(7), perShopperLimit = 1, totalLimit,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static DateTime EndsAt(JsonElement view, string property = "endsAtUtc") => view.GetProperty(property).GetDateTime().ToUniversalTime();

    [Fact]
    public async Task Staff_move_a_group_buys_end_and_limit_but_a_new_team_price_is_refused_while_it_runs()
    {
        var s = await ShelfAsync();
        var deal = await GroupBuyDealAsync(s);

        var later = Now.AddDays(10);
        var changed = await (await s.Staff.PatchAsJsonAsync($"/api/v1/group-buys/deals/{deal}", new { endsAtUtc = later, perShopperLimit = 3 }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        EndsAt(changed).ShouldBe(later, TimeSpan.FromSeconds(1));
        changed.GetProperty("perShopperLimit").GetInt32().ShouldBe(3);

        var sooner = Now.AddHours(5);
        EndsAt(await (await s.Staff.PatchAsJsonAsync($"/api/v1/group-buys/deals/{deal}", new { endsAtUtc = sooner })).ShouldHaveStatus(HttpStatusCode.OK))
            .ShouldBe(sooner, TimeSpan.FromSeconds(1));
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/group-buys/deals/{deal}", new { endsAtUtc = Now.AddMinutes(-5) }))
            .ShouldBeValidationProblem("endsAtUtc");
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/group-buys/deals/{deal}", new { perShopperLimit = 0 })).ShouldBeValidationProblem("perShopperLimit");
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/group-buys/deals/{deal}", new { groupPriceMinor = 650, endsAtUtc = Now.AddDays(20) }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "deal_running");

        var shown = await (await factory.Anonymous().GetAsync($"/api/v1/group-buys/deals?storeId={s.Store}")).ShouldHaveStatus(HttpStatusCode.OK);
        shown[0].GetProperty("groupPriceMinor").GetInt64().ShouldBe(700);
        EndsAt(shown[0]).ShouldBe(sooner, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Ending_a_group_buy_early_stops_new_teams_but_an_open_team_can_still_be_joined()
    {
        var s = await ShelfAsync();
        var deal = await GroupBuyDealAsync(s);
        var leader = await factory.CreateShopperAsync();
        await (await leader.PostAsJsonAsync("/api/v1/orders", OrderBody(s, "group-buy", deal))).ShouldHaveStatus(HttpStatusCode.Created);
        var team = (await (await leader.GetAsync("/api/v1/group-buys/my-teams")).ShouldHaveStatus(HttpStatusCode.OK))[0].GetProperty("id").GetGuid();

        var ended = await (await s.Staff.PostAsync($"/api/v1/group-buys/deals/{deal}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        ended.GetProperty("active").GetBoolean().ShouldBeFalse();

        await (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/orders", OrderBody(s, "group-buy", deal)))
            .ShouldBeValidationProblem("offer");
        await (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/orders", OrderBody(s, "group-buy", team)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        (await (await factory.Anonymous().GetAsync($"/api/v1/group-buys/teams/{team}")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("spotsLeft").GetInt32().ShouldBe(1);
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/group-buys/deals/{deal}", new { endsAtUtc = Now.AddDays(1) }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "deal_ended");
    }

    [Fact]
    public async Task Staff_of_another_store_and_shoppers_can_neither_change_nor_end_a_deal()
    {
        var s = await ShelfAsync();
        var (groupBuy, bargain, sale, coupon) = (await GroupBuyDealAsync(s), await BargainDealAsync(s), await FlashSaleAsync(s),
            await CouponAsync(s, "MINE-ONLY"));
        var shopper = await factory.CreateShopperAsync();
        foreach (var client in new[] { s.Stranger, shopper })
        {
            (await client.PatchAsJsonAsync($"/api/v1/group-buys/deals/{groupBuy}", new { perShopperLimit = 5 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsync($"/api/v1/group-buys/deals/{groupBuy}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PatchAsJsonAsync($"/api/v1/bargains/deals/{bargain}", new { endsAtUtc = Now.AddDays(1) }))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsync($"/api/v1/bargains/deals/{bargain}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PatchAsJsonAsync($"/api/v1/flash-sales/{sale}", new { quantity = 50 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsync($"/api/v1/flash-sales/{sale}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PatchAsJsonAsync($"/api/v1/coupons/{coupon}", new { totalLimit = 5 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsync($"/api/v1/coupons/{coupon}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await factory.Anonymous().PostAsync($"/api/v1/flash-sales/{sale}/end", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var sales = await (await factory.Anonymous().GetAsync($"/api/v1/flash-sales/{sale}")).ShouldHaveStatus(HttpStatusCode.OK);
        sales.GetProperty("quantity").GetInt32().ShouldBe(10);
        sales.GetProperty("state").GetString().ShouldBe("running");
        (await (await factory.Anonymous().GetAsync($"/api/v1/bargains/deals?storeId={s.Store}")).ShouldHaveStatus(HttpStatusCode.OK)).GetArrayLength()
            .ShouldBe(1);
    }

    [Fact]
    public async Task Ending_a_bargain_deal_early_stops_new_bargains_but_friends_still_cut_an_open_one_and_its_floor_cannot_change()
    {
        var s = await ShelfAsync();
        var deal = await BargainDealAsync(s);
        var starter = await factory.CreateShopperAsync();
        var bargain = (await (await starter.PostAsJsonAsync("/api/v1/bargains", new { dealId = deal })).ShouldHaveStatus(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        await (await s.Staff.PatchAsJsonAsync($"/api/v1/bargains/deals/{deal}", new { floorPriceMinor = 400 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "deal_running");
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/bargains/deals/{deal}", new { expectedCuts = 9 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "deal_running");
        var changed = await (await s.Staff.PatchAsJsonAsync($"/api/v1/bargains/deals/{deal}", new { timeLimitMinutes = 120 }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        changed.GetProperty("timeLimitMinutes").GetInt32().ShouldBe(120);
        changed.GetProperty("floorPriceMinor").GetInt64().ShouldBe(500);

        await (await s.Staff.PostAsync($"/api/v1/bargains/deals/{deal}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/bargains", new { dealId = deal }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "deal_ended");
        var cut = await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/bargains/{bargain}/cuts", null)).ShouldHaveStatus(HttpStatusCode.OK);
        cut.GetProperty("currentPriceMinor").GetInt64().ShouldBeLessThan(UsualPrice);
        (await (await factory.Anonymous().GetAsync($"/api/v1/bargains/deals?storeId={s.Store}")).ShouldHaveStatus(HttpStatusCode.OK)).GetArrayLength()
            .ShouldBe(0);
    }

    [Fact]
    public async Task A_flash_sales_quantity_can_rise_but_not_below_what_is_sold_and_its_price_cannot_change_while_it_runs()
    {
        var s = await ShelfAsync();
        var sale = await FlashSaleAsync(s, quantity: 3);
        foreach (var buyer in await factory.ManyShoppersAsync(2))
            await (await buyer.PostAsJsonAsync("/api/v1/orders", OrderBody(s, "flash-sale", sale))).ShouldHaveStatus(HttpStatusCode.Created);

        await (await s.Staff.PatchAsJsonAsync($"/api/v1/flash-sales/{sale}", new { quantity = 1 })).ShouldBeValidationProblem("quantity");
        var raised = await (await s.Staff.PatchAsJsonAsync($"/api/v1/flash-sales/{sale}", new { quantity = 20, perShopperLimit = 2 }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        raised.GetProperty("quantity").GetInt32().ShouldBe(20);
        raised.GetProperty("sold").GetInt32().ShouldBe(2);
        raised.GetProperty("remaining").GetInt32().ShouldBe(18);
        raised.GetProperty("perShopperLimit").GetInt32().ShouldBe(2);
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/flash-sales/{sale}", new { priceMinor = 500 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "deal_running");
        var later = Now.AddHours(6);
        EndsAt(await (await s.Staff.PatchAsJsonAsync($"/api/v1/flash-sales/{sale}", new { endsAtUtc = later })).ShouldHaveStatus(HttpStatusCode.OK))
            .ShouldBe(later, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Ending_a_flash_sale_early_stops_new_sales_and_orders_already_placed_keep_its_price()
    {
        var s = await ShelfAsync();
        var sale = await FlashSaleAsync(s);
        var first = await factory.CreateShopperAsync();
        var order = (await (await first.PostAsJsonAsync("/api/v1/orders", OrderBody(s, "flash-sale", sale))).ShouldHaveStatus(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var ended = await (await s.Staff.PostAsync($"/api/v1/flash-sales/{sale}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        ended.GetProperty("state").GetString().ShouldBe("ended");
        await (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/orders", OrderBody(s, "flash-sale", sale)))
            .ShouldBeValidationProblem("offer");
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/flash-sales/{sale}", new { quantity = 50 })).ShouldBeProblem(HttpStatusCode.Conflict, "deal_ended");

        await using var scope = factory.Db();
        var lines = await scope.Db.Set<OrderLine>().Where(l => l.SkuId == s.Sku).ToListAsync();
        lines.Count.ShouldBe(1);
        lines[0].UnitPriceMinor.ShouldBe(600);
        (await (await first.GetAsync($"/api/v1/orders/{order}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldNotBe("Cancelled");
    }

    [Fact]
    public async Task A_coupon_campaign_can_be_extended_and_its_limits_changed_but_not_what_it_takes_off_and_ending_it_stops_claims()
    {
        var s = await ShelfAsync();
        var coupon = await CouponAsync(s, "RUNNING-1", totalLimit: 5);
        await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/coupons/{coupon}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/coupons/{coupon}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await s.Staff.PatchAsJsonAsync($"/api/v1/coupons/{coupon}", new { amountMinor = 300 })).ShouldBeProblem(HttpStatusCode.Conflict, "deal_running");
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/coupons/{coupon}", new { totalLimit = 1 })).ShouldBeValidationProblem("totalLimit");
        await (await s.Staff.PatchAsJsonAsync($"/api/v1/coupons/{coupon}", new { validUntilUtc = Now.AddHours(-1) }))
            .ShouldBeValidationProblem("validUntilUtc");
        var later = Now.AddDays(30);
        var changed = await (await s.Staff.PatchAsJsonAsync($"/api/v1/coupons/{coupon}", new { validUntilUtc = later, totalLimit = 2 }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        EndsAt(changed, "validUntilUtc").ShouldBe(later, TimeSpan.FromSeconds(1));
        changed.GetProperty("totalLimit").GetInt32().ShouldBe(2);
        changed.GetProperty("amountMinor").GetInt64().ShouldBe(100);
        await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/coupons/{coupon}/claim", null))
            .ShouldBeProblem(HttpStatusCode.Conflict, "coupon_all_claimed");

        await (await s.Staff.PatchAsJsonAsync($"/api/v1/coupons/{coupon}", new { totalLimit = 10 })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await s.Staff.PostAsync($"/api/v1/coupons/{coupon}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/coupons/{coupon}/claim", null))
            .ShouldBeProblem(HttpStatusCode.Conflict, "coupon_expired");
        (await (await factory.Anonymous().GetAsync($"/api/v1/coupons?storeId={s.Store}")).ShouldHaveStatus(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
    }
}
