using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Live;

namespace Plaza.IntegrationTests.Live;

/// <summary>
/// Orders started in a room without a deal: a viewer who buys one of the room's products at its usual price is counted in the
/// host's numbers once paid; a shopper who never watched, or a viewer who buys something the room did not show, is not.
/// </summary>
public sealed class LiveAttributionTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_viewer_who_buys_a_room_product_at_the_usual_price_counts_for_the_room_once_paid_and_others_do_not()
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync("Bakery");
        var loaf = (await factory.ProductAsync(store, category, "Sourdough loaf", "", new SkuSpec("LOAF", 400, 20))).Skus[0].Id;
        var jam = (await factory.ProductAsync(store, category, "Plum jam", "", new SkuSpec("JAM", 600, 20))).Skus[0].Id;
        var candle = (await factory.ProductAsync(store, category, "Beeswax candle", "", new SkuSpec("CANDLE", 900, 20))).Skus[0].Id;
        var stage = new LiveArrange.Stage(store.Id, loaf, jam, await factory.CreateStaffAccountAsync(store.Id));
        var roomId = await factory.LiveRoomAsync(stage);
        var pickup = store.PickupPoints[0].Id;

        var viewer = await factory.CreateAccountAsync();
        await using (var hub = await factory.ViewerAsync(viewer)) await hub.InvokeAsync<JoinView?>("Join", roomId);
        factory.Clock.Advance(TimeSpan.FromMinutes(20)); // she left the room and buys later, within the hour
        var fromRoom = await viewer.Client.PlacePickupOrderAsync(store.Id, pickup, (loaf, 2));
        var notShown = await viewer.Client.PlacePickupOrderAsync(store.Id, pickup, (candle, 1));
        var stranger = await factory.CreateShopperAsync();
        var neverWatched = await stranger.PlacePickupOrderAsync(store.Id, pickup, (jam, 1));

        (await StatsAsync(stage, roomId)).Orders.ShouldBe(0, "an unpaid order without a deal is not the room's yet");
        await factory.PayAsync(viewer.Client, fromRoom.GetProperty("id").GetGuid());
        await factory.PayAsync(viewer.Client, notShown.GetProperty("id").GetGuid());
        await factory.PayAsync(stranger, neverWatched.GetProperty("id").GetGuid());
        await factory.DispatchAsync();
        await factory.RedeliverEverythingAsync(); // delivered twice, counted once

        (await StatsAsync(stage, roomId)).ShouldBe((1, 800L));
    }

    [Fact]
    public async Task An_order_placed_more_than_an_hour_after_the_viewer_left_is_not_the_rooms()
    {
        var store = await factory.StoreAsync();
        var loaf = (await factory.ProductAsync(store, await factory.CategoryAsync("Bakery"), "Rye loaf", "", new SkuSpec("RYE", 350, 20))).Skus[0].Id;
        var stage = new LiveArrange.Stage(store.Id, loaf, loaf, await factory.CreateStaffAccountAsync(store.Id));
        var roomId = await factory.LiveRoomAsync(stage);
        var viewer = await factory.CreateAccountAsync();
        await using (var hub = await factory.ViewerAsync(viewer)) await hub.InvokeAsync<JoinView?>("Join", roomId);

        factory.Clock.Advance(AttributeRoomOrders.Window + TimeSpan.FromMinutes(1));
        var order = await viewer.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (loaf, 1));
        await factory.PayAsync(viewer.Client, order.GetProperty("id").GetGuid());
        await factory.DispatchAsync();

        (await StatsAsync(stage, roomId)).Orders.ShouldBe(0);
    }

    private static async Task<(int Orders, long SalesMinor)> StatsAsync(LiveArrange.Stage stage, Guid roomId)
    {
        var stats = await (await stage.Host.Client.GetAsync($"/api/v1/live-rooms/{roomId}/stats")).ShouldHaveStatus(HttpStatusCode.OK);
        return (stats.GetProperty("orders").GetInt32(), stats.GetProperty("salesMinor").GetInt64());
    }
}
