using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Live;

namespace Plaza.IntegrationTests.Live;

/// <summary>Live deals: only viewers in a live room buy them, exactly the offered quantity sells, orders are attributed to the room.</summary>
public sealed class LiveDealTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Counter(Guid StoreId, Guid Pickup, Guid Loaf, TestAccount Host, Guid RoomId);

    private async Task<Counter> LiveCounterAsync()
    {
        var store = await factory.StoreAsync();
        var loaf = await factory.ProductAsync(store, await factory.CategoryAsync("Bakery"), "Sourdough loaf", "", new SkuSpec("LOAF", 400, 50));
        var host = await factory.CreateStaffAccountAsync(store.Id);
        var stage = new LiveArrange.Stage(store.Id, loaf.Skus[0].Id, loaf.Skus[0].Id, host);
        return new Counter(store.Id, store.PickupPoints[0].Id, loaf.Skus[0].Id, host, await factory.LiveRoomAsync(stage));
    }

    private static async Task<Guid> OpenDealAsync(Counter c, int quantity, int limit = 1) =>
        (await (await c.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{c.RoomId}/deals",
            new { skuId = c.Loaf, priceMinor = 250, quantity, perShopperLimit = limit, minutes = 10 })).ShouldHaveStatus(HttpStatusCode.Created))
        .GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> BuyAsync(HttpClient shopper, Counter c, Guid dealId, int quantity = 1) =>
        shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = c.StoreId, fulfilment = "pickup", pickupPointId = c.Pickup, offer = new { kind = "live-deal", id = dealId },
            lines = new[] { new { skuId = c.Loaf, quantity } },
        });

    private async Task InRoomAsync(Guid roomId, HttpClient shopper)
    {
        var me = await (await shopper.GetAsync("/api/v1/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
        await using var scope = factory.Db();
        await ViewerVisits.Seen(scope.Db, roomId, me.GetProperty("id").GetGuid(), factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    [Fact]
    public async Task Twenty_viewers_race_for_the_last_unit_and_exactly_one_gets_it_at_the_deal_price()
    {
        var c = await LiveCounterAsync();
        var dealId = await OpenDealAsync(c, quantity: 1);
        var shoppers = await factory.ManyShoppersAsync(20);
        foreach (var s in shoppers) await InRoomAsync(c.RoomId, s);

        var responses = await shoppers.RaceAsync(s => BuyAsync(s, c, dealId));

        var won = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        won.Count.ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict || r.StatusCode == HttpStatusCode.BadRequest);
        var order = await won[0].ShouldHaveStatus(HttpStatusCode.Created);
        order.GetProperty("lines")[0].GetProperty("unitPriceMinor").GetInt64().ShouldBe(250);
        await using var scope = factory.Db();
        (await scope.Db.Set<LiveDeal>().SingleAsync(d => d.Id == dealId)).Sold.ShouldBe(1);
        (await scope.Db.Set<LiveOrder>().CountAsync(o => o.RoomId == c.RoomId)).ShouldBe(1);

        // The host's numbers count it once paid.
        await factory.PayAsync(shoppers[Array.IndexOf(responses, won[0])], order.GetProperty("id").GetGuid());
        var stats = await (await c.Host.Client.GetAsync($"/api/v1/live-rooms/{c.RoomId}/stats")).ShouldHaveStatus(HttpStatusCode.OK);
        (stats.GetProperty("orders").GetInt32(), stats.GetProperty("salesMinor").GetInt64()).ShouldBe((1, 250L));
    }

    [Fact]
    public async Task Only_viewers_in_the_live_room_buy_and_a_cancelled_order_gives_the_unit_back()
    {
        var c = await LiveCounterAsync();
        var dealId = await OpenDealAsync(c, quantity: 1);
        var stranger = await factory.CreateShopperAsync();
        await (await BuyAsync(stranger, c, dealId)).ShouldBeValidationProblem("offer");

        var viewer = await factory.CreateAccountAsync();
        await using (var hub = await factory.ViewerAsync(viewer)) await hub.InvokeAsync<JoinView?>("Join", c.RoomId);
        var order = await (await BuyAsync(viewer.Client, c, dealId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await BuyAsync(viewer.Client, c, dealId)).ShouldBeValidationProblem("offer");

        await (await viewer.Client.PostAsync($"/api/v1/orders/{order.GetProperty("id").GetGuid()}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await factory.DispatchAsync();
        await factory.RedeliverEverythingAsync();
        await using (var scope = factory.Db()) (await scope.Db.Set<LiveDeal>().SingleAsync(d => d.Id == dealId)).Sold.ShouldBe(0);

        await (await c.Host.Client.PostAsync($"/api/v1/live-rooms/{c.RoomId}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await BuyAsync(viewer.Client, c, dealId)).ShouldBeValidationProblem("offer");
        // The countdown stopped where the room stopped, not ten minutes later.
        await using (var scope = factory.Db())
            (await scope.Db.Set<LiveDeal>().SingleAsync(d => d.Id == dealId)).ClosesAtUtc.ShouldBe(factory.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Viewers_see_the_units_left_move_as_people_buy()
    {
        var c = await LiveCounterAsync();
        var watcher = await factory.CreateAccountAsync();
        await using var hub = await factory.ViewerAsync(watcher);
        await hub.InvokeAsync<JoinView?>("Join", c.RoomId);
        var deals = hub.Listen<OpenDeal.LiveDealView>("Deal");
        var dealId = await OpenDealAsync(c, quantity: 3);
        (await deals.AtLeast(1))[0].Remaining.ShouldBe(3);
        await ShowUnitsAsync(); // first sight: nothing new to tell

        var buyer = await factory.CreateShopperAsync();
        await InRoomAsync(c.RoomId, buyer);
        await (await BuyAsync(buyer, c, dealId)).ShouldHaveStatus(HttpStatusCode.Created);
        await ShowUnitsAsync();
        await ShowUnitsAsync(); // unchanged since: not sent again

        var pushed = await deals.AtLeast(2);
        pushed.Select(d => d.Remaining).ShouldBe([3, 2]);
    }

    private async Task ShowUnitsAsync()
    {
        await using var scope = factory.Db();
        await ShowDealUnits.Run(factory.Service<IViewerPresence>(), scope.Db, factory.Service<LiveBroadcast>(), factory.Clock, CancellationToken.None);
    }

    [Fact]
    public async Task A_deal_needs_a_live_room_a_lower_price_and_sensible_numbers()
    {
        var c = await LiveCounterAsync();
        var deals = $"/api/v1/live-rooms/{c.RoomId}/deals";
        await (await c.Host.Client.PostAsJsonAsync(deals, new { skuId = c.Loaf, priceMinor = 250, quantity = 0, perShopperLimit = 1, minutes = 10 }))
            .ShouldBeValidationProblem("quantity");
        await (await c.Host.Client.PostAsJsonAsync(deals, new { skuId = Guid.NewGuid(), priceMinor = 250, quantity = 5, perShopperLimit = 1, minutes = 10 }))
            .ShouldBeValidationProblem("skuId");
        await (await c.Host.Client.PostAsJsonAsync(deals, new { skuId = c.Loaf, priceMinor = 500, quantity = 5, perShopperLimit = 1, minutes = 10 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "deal_price_not_lower");
        var shopper = await factory.CreateShopperAsync();
        (await shopper.PostAsJsonAsync(deals, new { skuId = c.Loaf, priceMinor = 250, quantity = 5, perShopperLimit = 1, minutes = 10 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await c.Host.Client.PostAsync($"/api/v1/live-rooms/{c.RoomId}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await c.Host.Client.PostAsJsonAsync(deals, new { skuId = c.Loaf, priceMinor = 250, quantity = 5, perShopperLimit = 1, minutes = 10 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "room_not_live");
    }
}
