using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Notifications;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Notifications;

public sealed class OrderNotificationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private async Task<(TestAccount Shopper, Guid OrderId, string Number)> PaidOrderAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Plums", "", new SkuSpec("PLUM", 250, 10));
        var shopper = await factory.CreateAccountAsync();
        var order = await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var id = order.GetProperty("id").GetGuid();
        await factory.PayAsync(shopper.Client, id);
        return (shopper, id, order.GetProperty("number").GetString()!);
    }

    [Fact]
    public async Task Paying_tells_the_customer_once_even_when_the_event_is_delivered_twice()
    {
        var (shopper, orderId, number) = await PaidOrderAsync();
        await DispatchAsync();

        // Simulate a redelivery: the node died after handling but before marking the message done.
        await using (var scope = factory.Db())
            await scope.Db.Set<OutboxMessage>()
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null));
        await DispatchAsync();

        var page = await (await shopper.Client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);
        var items = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("link").GetString() == $"/orders/{orderId}").ToList();
        items.Count.ShouldBe(1);
        items[0].GetProperty("text").GetString().ShouldBe($"Order {number} is paid. Thank you!");
        page.GetProperty("unread").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_event_is_saved_with_the_payment_in_one_transaction()
    {
        var (_, orderId, _) = await PaidOrderAsync();

        await using var scope = factory.Db();
        var messages = await scope.Db.Set<OutboxMessage>().Where(m => m.Payload.Contains(orderId.ToString())).ToListAsync();
        messages.Count.ShouldBe(1);
        messages[0].Type.ShouldBe("OrderStatusChanged");
    }

    [Fact]
    public async Task Someone_who_switched_off_order_notifications_gets_none()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Pears", "", new SkuSpec("PEAR", 250, 10));
        var shopper = await factory.CreateAccountAsync();
        var prefs = await (await shopper.Client.PutAsJsonAsync("/api/v1/notifications/preferences",
            new { kinds = new Dictionary<string, bool> { ["order_status"] = false } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        prefs.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "order_status").GetProperty("enabled").GetBoolean().ShouldBeFalse();

        var order = await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        await factory.PayAsync(shopper.Client, order.GetProperty("id").GetGuid());
        await DispatchAsync();

        var unread = await (await shopper.Client.GetAsync("/api/v1/notifications/unread-count")).ShouldHaveStatus(HttpStatusCode.OK);
        unread.GetProperty("unread").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Reading_notifications_clears_the_unread_count_and_others_cannot_touch_mine()
    {
        var (shopper, _, _) = await PaidOrderAsync();
        await DispatchAsync();
        var page = await (await shopper.Client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();
        var stranger = await factory.CreateShopperAsync();

        (await stranger.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shopper.Client.PostAsync("/api/v1/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var unread = await (await shopper.Client.GetAsync("/api/v1/notifications/unread-count")).ShouldHaveStatus(HttpStatusCode.OK);
        unread.GetProperty("unread").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_naming_it()
    {
        var shopper = await factory.CreateShopperAsync();

        var response = await shopper.PutAsJsonAsync("/api/v1/notifications/preferences", new { kinds = new Dictionary<string, bool> { ["spam"] = false } });

        await response.ShouldBeValidationProblem("kinds.spam");
    }

    [Fact]
    public async Task Every_kind_the_modules_register_is_listed_in_the_same_order_as_ever()
    {
        var shopper = await factory.CreateShopperAsync();

        var prefs = await (await shopper.GetAsync("/api/v1/notifications/preferences")).ShouldHaveStatus(HttpStatusCode.OK);

        prefs.EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ShouldBe([
            "order_status", "new_follower", "like", "comment", "reply", "mention", "content_removed", "moderator_warning",
            "group_buy", "bargain", "payout", "coupon", "leader_campaign", "flash_sale", "live_scheduled", "live_now", "support_reply"]);
    }

    [Fact]
    public async Task A_notification_of_a_kind_no_module_sends_any_more_still_reads_as_a_notification()
    {
        var shopper = await factory.CreateAccountAsync();
        await using (var scope = factory.Db())
        {
            scope.Db.Add(Notification.Create(shopper.Id, "Retired", Guid.CreateVersion7(), null, "{}", null, DateTime.UtcNow));
            await scope.Db.SaveChangesAsync();
        }

        var page = await (await shopper.Client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);

        var item = page.GetProperty("items")[0];
        (item.GetProperty("kind").GetString(), item.GetProperty("text").GetString()).ShouldBe(("retired", "You have a new notification."));
    }
}
