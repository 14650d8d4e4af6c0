using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Leaders;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Leaders;

/// <summary>
/// What leaders and their shoppers hear: at the cut-off each leader with orders learns the campaign closed and how
/// many orders go ahead; when the leader confirms the delivery arrived each shopper with a paid order learns where
/// to collect it and with which code. Once each, and nobody else.
/// </summary>
public sealed class LeaderNotificationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private static async Task<List<JsonElement>> NotificationsAsync(HttpClient client, Func<JsonElement, bool>? where = null) =>
        (await client.NotificationsAsync()).Where(i => where?.Invoke(i) ?? true).ToList();

    [Fact]
    public async Task The_cut_off_tells_each_leader_with_orders_once_and_the_delivery_tells_each_paying_shopper_where_to_collect()
    {
        var store = await factory.StoreAsync();
        var eggs = await factory.ProductAsync(store, await factory.CategoryAsync(), "Duck eggs", "", new SkuSpec("6", 900, 50));
        var staff = await factory.CreateStaffAsync(store.Id);
        var mei = await factory.ApprovedLeaderAsync(store.Id, staff, "Mei's doorstep, Elm Court");
        var idle = await factory.ApprovedLeaderAsync(store.Id, staff, "Corner kiosk");
        var cutOff = factory.Clock.GetUtcNow().UtcDateTime.AddDays(1);
        var campaign = (await (await staff.PostAsJsonAsync("/api/v1/campaigns", new
        {
            storeId = store.Id, title = "Easter eggs", cutOffUtc = cutOff, deliveryDayUtc = cutOff.AddDays(1), commissionBasisPoints = 500,
            items = new[] { new { skuId = eggs.Skus[0].Id, priceMinor = 700 } },
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await staff.PostAsync($"/api/v1/campaigns/{campaign}/publish", null)).ShouldHaveStatus(HttpStatusCode.OK);
        object Order(int quantity) => new
        {
            storeId = store.Id, fulfilment = "pickup", pickupPointId = mei.PickupPoint,
            lines = new[] { new { skuId = eggs.Skus[0].Id, quantity } }, offer = new { kind = "campaign", id = campaign },
        };

        var payer = await factory.CreateShopperAsync();
        var paid = await (await payer.PostAsJsonAsync("/api/v1/orders", Order(2))).ShouldHaveStatus(HttpStatusCode.Created);
        await factory.PayAsync(payer, paid.GetProperty("id").GetGuid());
        var second = await factory.CreateShopperAsync();
        await factory.PayAsync(second,
            (await (await second.PostAsJsonAsync("/api/v1/orders", Order(1))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        var slow = await factory.CreateShopperAsync();
        await (await slow.PostAsJsonAsync("/api/v1/orders", Order(3))).ShouldHaveStatus(HttpStatusCode.Created);
        await DispatchAsync();

        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        for (var i = 0; i < 2; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await CloseCampaigns.SweepAsync(scope.ServiceProvider, CancellationToken.None);
        }
        await DispatchAsync();
        await factory.RedeliverEverythingAsync();

        bool AboutCampaign(JsonElement n) => n.GetProperty("kind").GetString() == "leader_campaign";
        var told = await NotificationsAsync(mei.Client, AboutCampaign);
        told.Count.ShouldBe(1);
        told[0].GetProperty("text").GetString().ShouldBe("Campaign Easter eggs closed: 2 orders, pick list ready.");
        told[0].GetProperty("link").GetString().ShouldBe("/account/leader");
        (await NotificationsAsync(idle.Client)).ShouldBeEmpty();
        foreach (var shopper in new[] { payer, second, slow }) (await NotificationsAsync(shopper, AboutCampaign)).ShouldBeEmpty();

        // The delivery arrives at Mei's: both paying shoppers hear where to collect and with which code; the one whose order was cancelled does not.
        await (await mei.Client.PostAsync($"/api/v1/leaders/{mei.Id}/campaigns/{campaign}/received", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        await factory.RedeliverEverythingAsync();
        bool Ready(JsonElement n) => n.GetProperty("data").TryGetProperty("status", out var st) && st.GetString() == "ReadyForPickup";
        var ready = await NotificationsAsync(payer, Ready);
        ready.Count.ShouldBe(1);
        ready[0].GetProperty("text").GetString().ShouldBe(
            $"Order {paid.GetProperty("number").GetString()} is ready to collect at Mei's doorstep, Elm Court. " +
            $"Bring pickup code {paid.GetProperty("pickupCode").GetString()}.");
        ready[0].GetProperty("link").GetString().ShouldBe($"/orders/{paid.GetProperty("id").GetGuid()}");
        (await NotificationsAsync(second, Ready)).Count.ShouldBe(1);
        (await NotificationsAsync(slow, Ready)).ShouldBeEmpty();
        (await NotificationsAsync(mei.Client, Ready)).ShouldBeEmpty();
    }
}
