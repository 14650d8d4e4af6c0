using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments;

namespace Plaza.IntegrationTests.Ordering;

public sealed class OrderLifecycleTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Plaza.Web.Modules.Stores.Store Store, Guid Sku, HttpClient Shopper, HttpClient Staff, Guid OrderId)> PaidPickupOrderAsync(
        int quantity = 2, int stock = 10)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Free-range eggs", "", new SkuSpec("EGG6", 320, stock));
        var shopper = await factory.CreateShopperAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, quantity));
        var id = order.GetProperty("id").GetGuid();
        await factory.PayAsync(shopper, id);
        return (store, product.Skus[0].Id, shopper, staff, id);
    }

    [Fact]
    public async Task A_pickup_order_goes_from_payment_to_hand_over_with_the_pickup_code()
    {
        var (_, _, shopper, staff, id) = await PaidPickupOrderAsync();
        var paid = await (await shopper.GetAsync($"/api/v1/orders/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        paid.GetProperty("status").GetString().ShouldBe("paid");
        var code = paid.GetProperty("pickupCode").GetString()!;

        await (await staff.PostAsync($"/api/v1/orders/{id}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await staff.PostAsync($"/api/v1/orders/{id}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var wrongCode = code == "000000" ? "111111" : "000000";
        await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/hand-over", new { pickupCode = wrongCode }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "wrong_pickup_code");
        var found = await (await staff.GetAsync($"/api/v1/stores/{paid.GetProperty("storeId").GetGuid()}/orders/by-pickup-code/{code}"))
            .ShouldHaveStatus(HttpStatusCode.OK);
        found.GetProperty("id").GetGuid().ShouldBe(id);
        var done = await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/hand-over", new { pickupCode = code })).ShouldHaveStatus(HttpStatusCode.OK);

        done.GetProperty("status").GetString().ShouldBe("completed");
        var order = await factory.OrderAsync(id);
        order.History.Select(h => h.To)
            .ShouldBe([OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.ReadyForPickup, OrderStatus.Completed],
                ignoreOrder: true);
        order.History.Where(h => h.To is OrderStatus.Preparing or OrderStatus.Completed).ShouldAllBe(h => h.ActorKind == ActorKind.Staff && h.ActorId != null);
    }

    [Fact]
    public async Task A_shopper_cannot_move_their_own_order_along()
    {
        var (_, _, shopper, _, id) = await PaidPickupOrderAsync();

        var response = await shopper.PostAsync($"/api/v1/orders/{id}/prepare", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.OrderAsync(id)).Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task Cancelling_a_paid_order_refunds_it_through_the_provider_and_restocks()
    {
        var (store, sku, shopper, _, id) = await PaidPickupOrderAsync(quantity: 3, stock: 10);
        (await factory.StockAsync(store.Id, sku)).ShouldBe(7);

        var cancelled = await (await shopper.PostAsync($"/api/v1/orders/{id}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await factory.DeliverWebhooksAsync();

        cancelled.GetProperty("status").GetString().ShouldBe("cancelled");
        cancelled.GetProperty("paymentState").GetString().ShouldBe("refunded");
        (await factory.StockAsync(store.Id, sku)).ShouldBe(10);
        await using var scope = factory.Db();
        var refund = await scope.Db.Set<PaymentRefund>()
            .SingleAsync(r => scope.Db.Set<Payment>().Any(p => p.Id == r.PaymentId && p.Kind == "order" && p.PayableId == id));
        refund.AmountMinor.ShouldBe(960);
        refund.Status.ShouldBe(RefundStatus.Succeeded);
    }

    [Fact]
    public async Task An_order_being_prepared_can_no_longer_be_cancelled()
    {
        var (_, _, shopper, staff, id) = await PaidPickupOrderAsync();
        await (await staff.PostAsync($"/api/v1/orders/{id}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await shopper.PostAsync($"/api/v1/orders/{id}/cancel", null);

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "cannot_cancel");
    }

    [Fact]
    public async Task Staff_refund_part_of_an_order_restocking_what_came_back()
    {
        var (store, sku, _, staff, id) = await PaidPickupOrderAsync(quantity: 3, stock: 10);
        var order = await factory.OrderAsync(id);

        var refunded = await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new
        {
            lines = new[] { new { lineId = order.Lines[0].Id, quantity = 1 } }, restock = true, reason = "One box was cracked",
        })).ShouldHaveStatus(HttpStatusCode.OK);
        var tooMuch = await staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { lines = new[] { new { lineId = order.Lines[0].Id, quantity = 3 } } });

        refunded.GetProperty("refundedMinor").GetInt64().ShouldBe(320);
        refunded.GetProperty("paymentState").GetString().ShouldBe("partially_refunded");
        await tooMuch.ShouldBeProblem(HttpStatusCode.Conflict, "refund_exceeds_quantity");
        (await factory.StockAsync(store.Id, sku)).ShouldBe(8);
    }

    [Fact]
    public async Task The_dashboard_shows_todays_sales_open_orders_and_low_stock()
    {
        var (store, _, _, staff, _) = await PaidPickupOrderAsync(quantity: 6, stock: 10);

        var dashboard = await (await staff.GetAsync($"/api/v1/stores/{store.Id}/dashboard")).ShouldHaveStatus(HttpStatusCode.OK);

        dashboard.GetProperty("salesTodayMinor").GetInt64().ShouldBe(6 * 320);
        dashboard.GetProperty("paidOrdersToday").GetInt32().ShouldBe(1);
        dashboard.GetProperty("openOrdersByStatus").GetProperty("paid").GetInt32().ShouldBe(1);
        dashboard.GetProperty("lowStock").EnumerateArray().ShouldContain(i => i.GetProperty("stock").GetInt32() == 4);
    }
}
