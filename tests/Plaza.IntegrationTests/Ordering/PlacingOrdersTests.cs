using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores;

namespace Plaza.IntegrationTests.Ordering;

public sealed class PlacingOrdersTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Store Store, Product Product, Guid SkuId)> ShelfAsync(int stock = 10, long price = 250)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Sourdough loaf", "Baked this morning",
            new SkuSpec("LOAF", price, stock));
        return (store, product, product.Skus[0].Id);
    }

    [Fact]
    public async Task Placing_an_order_reserves_stock_and_takes_prices_from_the_catalog_not_the_client()
    {
        var (store, _, sku) = await ShelfAsync(stock: 10, price: 250);
        var shopper = await factory.CreateShopperAsync();
        var body = new { storeId = store.Id, fulfilment = "pickup", pickupPointId = store.PickupPoints[0].Id,
            lines = new[] { new { skuId = sku, quantity = 3, unitPriceMinor = 1 } } };

        var order = await (await shopper.PostAsJsonAsync("/api/v1/orders", body)).ShouldHaveStatus(HttpStatusCode.Created);

        order.GetProperty("totalMinor").GetInt64().ShouldBe(750);
        order.GetProperty("status").GetString().ShouldBe("awaiting_payment");
        order.GetProperty("pickupCode").GetString()!.Length.ShouldBe(6);
        (await factory.StockAsync(store.Id, sku)).ShouldBe(7);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("100000")]
    [InlineData("\"three\"")]
    public async Task A_bad_quantity_is_refused_naming_the_field(string quantityJson)
    {
        var (store, _, sku) = await ShelfAsync();
        var shopper = await factory.CreateShopperAsync();
        var json = $$"""{"storeId":"{{store.Id}}","fulfilment":"pickup","pickupPointId":"{{store.PickupPoints[0].Id}}","lines":""" +
            $$"""[{"skuId":"{{sku}}","quantity":{{quantityJson}}}]}""";

        var response = await shopper.PostAsync("/api/v1/orders", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblem("lines[0].quantity");
        (await factory.StockAsync(store.Id, sku)).ShouldBe(10);
    }

    [Fact]
    public async Task An_unknown_sku_is_refused_naming_the_field()
    {
        var (store, _, _) = await ShelfAsync();
        var shopper = await factory.CreateShopperAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/orders", Shopping.PickupOrder(store.Id, store.PickupPoints[0].Id, (Guid.NewGuid(), 1)));

        await response.ShouldBeValidationProblem("lines[0].skuId");
    }

    [Fact]
    public async Task A_delivery_address_outside_the_radius_is_refused()
    {
        var (store, _, sku) = await ShelfAsync();
        var shopper = await factory.CreateShopperAsync();
        var slots = await (await shopper.GetAsync($"/api/v1/stores/{store.Id}/delivery-slots")).ShouldHaveStatus(HttpStatusCode.OK);
        var slot = slots[0].GetProperty("startUtc").GetDateTime();

        var response = await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store.Id, fulfilment = "delivery", deliveryAddress = "10 Downing Street, London",
            latitude = 51.5034, longitude = -0.1276, slotStartUtc = slot, // about 5 km away; the radius is 3 km
            lines = new[] { new { skuId = sku, quantity = 1 } },
        });

        await response.ShouldBeValidationProblem("deliveryAddress");
    }

    [Fact]
    public async Task Delivery_inside_the_radius_adds_the_fee_and_books_the_slot()
    {
        var (store, _, sku) = await ShelfAsync(price: 400);
        var shopper = await factory.CreateShopperAsync();
        var slots = await (await shopper.GetAsync($"/api/v1/stores/{store.Id}/delivery-slots")).ShouldHaveStatus(HttpStatusCode.OK);
        var slot = slots[1].GetProperty("startUtc").GetDateTime();

        var order = await (await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store.Id, fulfilment = "delivery", deliveryAddress = "5 Chapel Market, London N1",
            latitude = TestData.AngelLat + 0.002, longitude = TestData.AngelLng, slotStartUtc = slot,
            lines = new[] { new { skuId = sku, quantity = 2 } },
        })).ShouldHaveStatus(HttpStatusCode.Created);

        order.GetProperty("deliveryFeeMinor").GetInt64().ShouldBe(store.DeliveryFeeMinor);
        order.GetProperty("totalMinor").GetInt64().ShouldBe(800 + store.DeliveryFeeMinor);
        order.GetProperty("slotStartUtc").GetDateTime().ShouldBe(slot);
    }

    [Fact]
    public async Task Asking_for_more_than_is_in_stock_returns_409_and_writes_nothing()
    {
        var (store, _, sku) = await ShelfAsync(stock: 2);
        var shopper = await factory.CreateShopperAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/orders", Shopping.PickupOrder(store.Id, store.PickupPoints[0].Id, (sku, 3)));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "out_of_stock");
        (await factory.StockAsync(store.Id, sku)).ShouldBe(2);
        await using var scope = factory.Db();
        (await scope.Db.Set<Order>().CountAsync(o => o.StoreId == store.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_shoppers_order_is_not_found()
    {
        var (store, _, sku) = await ShelfAsync();
        var owner = await factory.CreateShopperAsync();
        var order = await owner.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (sku, 1));
        var stranger = await factory.CreateShopperAsync();

        var response = await stranger.GetAsync($"/api/v1/orders/{order.GetProperty("id").GetGuid()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Retrying_with_the_same_idempotency_key_replays_the_first_order()
    {
        var (store, _, sku) = await ShelfAsync();
        var shopper = await factory.CreateShopperAsync();
        var body = Shopping.PickupOrder(store.Id, store.PickupPoints[0].Id, (sku, 2));

        async Task<HttpResponseMessage> Send(object b)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(b) };
            request.Headers.Add("Idempotency-Key", "order-key-1");
            return await shopper.SendAsync(request);
        }

        var first = await (await Send(body)).ShouldHaveStatus(HttpStatusCode.Created);
        var retry = await Send(body);
        var replayed = await retry.ShouldHaveStatus(HttpStatusCode.Created);
        var different = await Send(Shopping.PickupOrder(store.Id, store.PickupPoints[0].Id, (sku, 5)));

        replayed.GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        retry.Headers.GetValues("Idempotent-Replayed").ShouldContain("true");
        different.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await factory.StockAsync(store.Id, sku)).ShouldBe(8);
        await using var scope = factory.Db();
        (await scope.Db.Set<Order>().CountAsync(o => o.StoreId == store.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_unpaid_order_cancels_itself_after_15_minutes_and_puts_the_stock_back()
    {
        var (store, _, sku) = await ShelfAsync(stock: 5);
        var shopper = await factory.CreateShopperAsync();
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (sku, 4));
        var id = order.GetProperty("id").GetGuid();

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        await using (var scope = factory.Db()) await ExpireUnpaidOrders.SweepAsync(scope.Get<IServiceProvider>(), CancellationToken.None);
        (await factory.OrderAsync(id)).Status.ShouldBe(OrderStatus.AwaitingPayment);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await using (var scope = factory.Db()) await ExpireUnpaidOrders.SweepAsync(scope.Get<IServiceProvider>(), CancellationToken.None);

        var expired = await factory.OrderAsync(id);
        expired.Status.ShouldBe(OrderStatus.Cancelled);
        expired.History.ShouldContain(h => h.To == OrderStatus.Cancelled && h.ActorKind == ActorKind.System);
        (await factory.StockAsync(store.Id, sku)).ShouldBe(5);
    }

    [Fact]
    public async Task Staff_can_order_for_a_walk_in_customer_who_then_sees_it()
    {
        var (store, _, sku) = await ShelfAsync();
        var customer = await factory.CreateAccountAsync(login: "+447700900" + Random.Shared.Next(100, 999), displayName: "Margaret");
        var staff = await factory.CreateStaffAsync(store.Id);

        var order = await (await staff.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store.Id, fulfilment = "pickup", pickupPointId = store.PickupPoints[0].Id, onBehalfOf = customer.Login,
            lines = new[] { new { skuId = sku, quantity = 1 } },
        })).ShouldHaveStatus(HttpStatusCode.Created);

        order.GetProperty("customerId").GetGuid().ShouldBe(customer.Id);
        order.GetProperty("placedByStaff").GetBoolean().ShouldBeTrue();
        var mine = await (await customer.Client.GetAsync("/api/v1/orders")).ShouldHaveStatus(HttpStatusCode.OK);
        mine.EnumerateArray().ShouldContain(o => o.GetProperty("id").GetGuid() == order.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_shopper_cannot_order_on_behalf_of_someone_else()
    {
        var (store, _, sku) = await ShelfAsync();
        var victim = await factory.CreateAccountAsync();
        var shopper = await factory.CreateShopperAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store.Id, fulfilment = "pickup", pickupPointId = store.PickupPoints[0].Id, onBehalfOf = victim.Login,
            lines = new[] { new { skuId = sku, quantity = 1 } },
        });

        await response.ShouldBeValidationProblem("onBehalfOf");
    }

    [Fact]
    public async Task The_cart_keeps_lines_per_store_and_prices_them_now()
    {
        var (store, _, sku) = await ShelfAsync(price: 300);
        var shopper = await factory.CreateShopperAsync();

        await (await shopper.PutAsJsonAsync("/api/v1/cart/lines", new { storeId = store.Id, skuId = sku, quantity = 2 })).ShouldHaveStatus(HttpStatusCode.OK);
        await using (var scope = factory.Db())
        {
            var s = await scope.Db.Set<Sku>().SingleAsync(x => x.Id == sku);
            s.Reprice(350);
            await scope.Db.SaveChangesAsync();
        }
        var cart = await (await shopper.GetAsync($"/api/v1/cart?storeId={store.Id}")).ShouldHaveStatus(HttpStatusCode.OK);

        cart.GetProperty("subtotalMinor").GetInt64().ShouldBe(700);
        var removed = await (await shopper.PutAsJsonAsync("/api/v1/cart/lines", new { storeId = store.Id, skuId = sku, quantity = 0 }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        removed.GetProperty("lines").GetArrayLength().ShouldBe(0);
    }
}
