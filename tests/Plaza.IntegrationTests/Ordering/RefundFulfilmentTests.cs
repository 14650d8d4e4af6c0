using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Loyalty;
using Plaza.Web.Modules.Loyalty;
using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.IntegrationTests.Ordering;

/// <summary>
/// A refund moves what is left to hand over: refunded in full before hand-over, the order ends (cancelled, stock back, as a
/// cancellation); refunded in part, fewer items are handed over. Staff can no longer prepare or hand over what was refunded.
/// </summary>
public sealed partial class RefundFulfilmentTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Paid(Guid Store, Guid Sku, Guid OrderId, Guid LineId, string PickupCode, TestAccount Staff);

    private async Task<Paid> PaidPickupOrderAsync(int quantity = 3, int stock = 10)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Clementines", "", new SkuSpec("CLEM", 200, stock));
        var shopper = await factory.CreateShopperAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, quantity));
        var id = order.GetProperty("id").GetGuid();
        await factory.PayAsync(shopper, id);
        return new Paid(store.Id, product.Skus[0].Id, id, order.GetProperty("lines")[0].GetProperty("id").GetGuid(),
            order.GetProperty("pickupCode").GetString()!, staff);
    }

    [Fact]
    public async Task A_full_refund_of_a_paid_order_cancels_it_puts_the_stock_back_and_nothing_more_can_be_prepared()
    {
        var paid = await PaidPickupOrderAsync(quantity: 3, stock: 10);

        var refunded = await (await paid.Staff.Client.PostAsJsonAsync($"/api/v1/orders/{paid.OrderId}/refunds", new { full = true }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var prepare = await paid.Staff.Client.PostAsync($"/api/v1/orders/{paid.OrderId}/prepare", null);

        refunded.GetProperty("status").GetString().ShouldBe("cancelled");
        refunded.GetProperty("paymentState").GetString().ShouldBe("refunded");
        refunded.GetProperty("lines")[0].GetProperty("quantityToHandOver").GetInt32().ShouldBe(0);
        await prepare.ShouldBeProblem(HttpStatusCode.Conflict, "order_cancelled");
        (await factory.StockAsync(paid.Store, paid.Sku)).ShouldBe(10);
        var order = await factory.OrderAsync(paid.OrderId);
        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.PaymentState.ShouldBe(PaymentState.Refunded);
    }

    [Fact]
    public async Task A_full_refund_of_an_order_ready_for_pickup_cannot_be_handed_over()
    {
        var paid = await PaidPickupOrderAsync();
        await (await paid.Staff.Client.PostAsync($"/api/v1/orders/{paid.OrderId}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await paid.Staff.Client.PostAsync($"/api/v1/orders/{paid.OrderId}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await paid.Staff.Client.PostAsJsonAsync($"/api/v1/orders/{paid.OrderId}/refunds", new { full = true })).ShouldHaveStatus(HttpStatusCode.OK);
        var handOver = await paid.Staff.Client.PostAsJsonAsync($"/api/v1/orders/{paid.OrderId}/hand-over", new { pickupCode = paid.PickupCode });

        await handOver.ShouldBeProblem(HttpStatusCode.Conflict, "order_cancelled");
        (await factory.OrderAsync(paid.OrderId)).Status.ShouldBe(OrderStatus.Cancelled);
        (await factory.StockAsync(paid.Store, paid.Sku)).ShouldBe(10);
    }

    [Fact]
    public async Task A_partial_refund_before_hand_over_leaves_fewer_items_to_hand_over_and_puts_the_refunded_ones_back()
    {
        var paid = await PaidPickupOrderAsync(quantity: 3, stock: 10);

        var refunded = await (await paid.Staff.Client.PostAsJsonAsync($"/api/v1/orders/{paid.OrderId}/refunds",
            new { lines = new[] { new { lineId = paid.LineId, quantity = 1 } } })).ShouldHaveStatus(HttpStatusCode.OK);

        refunded.GetProperty("status").GetString().ShouldBe("paid");
        refunded.GetProperty("paymentState").GetString().ShouldBe("partially_refunded");
        refunded.GetProperty("lines")[0].GetProperty("quantityToHandOver").GetInt32().ShouldBe(2);
        (await factory.StockAsync(paid.Store, paid.Sku)).ShouldBe(8);
        await (await paid.Staff.Client.PostAsync($"/api/v1/orders/{paid.OrderId}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await paid.Staff.Client.PostAsync($"/api/v1/orders/{paid.OrderId}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var done = await (await paid.Staff.Client.PostAsJsonAsync($"/api/v1/orders/{paid.OrderId}/hand-over", new { pickupCode = paid.PickupCode }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("completed");
        done.GetProperty("lines")[0].GetProperty("quantityToHandOver").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task The_staff_page_of_a_fully_refunded_order_offers_no_next_step_and_refuses_one()
    {
        var paid = await PaidPickupOrderAsync();
        await (await paid.Staff.Client.PostAsJsonAsync($"/api/v1/orders/{paid.OrderId}/refunds", new { full = true })).ShouldHaveStatus(HttpStatusCode.OK);
        var browser = Browser(paid.Staff.Token);
        var url = $"/staff/stores/{paid.Store}/orders/{paid.OrderId}";

        var page = await browser.GetStringAsync(url);
        var step = await browser.PostAsync(url + "?handler=Step", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Token().Match(page).Groups[1].Value), new("step", "Prepare")]));
        var after = await browser.GetStringAsync(url);

        page.ShouldNotContain("data-testid=\"start-preparing\"");
        page.ShouldContain("data-status=\"cancelled\"");
        step.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.ShouldContain("data-status=\"cancelled\"");
        (await factory.OrderAsync(paid.OrderId)).Status.ShouldBe(OrderStatus.Cancelled);
    }

    [Fact]
    public async Task The_staff_page_of_a_partly_refunded_order_says_how_many_are_still_to_hand_over()
    {
        var paid = await PaidPickupOrderAsync(quantity: 3);
        await (await paid.Staff.Client.PostAsJsonAsync($"/api/v1/orders/{paid.OrderId}/refunds",
            new { lines = new[] { new { lineId = paid.LineId, quantity = 1 } } })).ShouldHaveStatus(HttpStatusCode.OK);

        var page = await Browser(paid.Staff.Token).GetStringAsync($"/staff/stores/{paid.Store}/orders/{paid.OrderId}");

        page.ShouldContain("data-testid=\"start-preparing\"");
        Regex.Match(page, "data-testid=\"to-hand-over\"[^>]*>([^<]*)<").Groups[1].Value.ShouldContain("2");
    }

    [Fact]
    public async Task A_full_refund_before_hand_over_gives_spent_points_back_once_and_earns_none()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Coffee", "", new SkuSpec("COF", 3000, 10));
        var staff = await factory.CreateStaffAsync(store.Id);
        var shopper = await factory.CreateAccountAsync();
        await factory.GrantAsync(shopper.Id, 1000);
        var spending = LoyaltyArrange.Order(store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, 1, 1000);
        var order = await (await shopper.Client.PostAsJsonAsync("/api/v1/orders", spending)).ShouldHaveStatus(HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await factory.PayAsync(shopper.Client, id);

        await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { full = true })).ShouldHaveStatus(HttpStatusCode.OK);
        await LoyaltyArrange.DispatchAsync(factory);

        // Both the refund and the cancellation give spent points back: once, together.
        var (balance, growth, _, entries) = await factory.LedgerAsync(shopper.Id);
        balance.ShouldBe(1000);
        growth.ShouldBe(0);
        entries.Where(e => e.Kind == PointsKind.RefundReturn).Sum(e => e.Amount).ShouldBe(1000);
        entries.ShouldNotContain(e => e.Kind == PointsKind.EarnedOrder);
    }

    /// <summary>A browser keeping cookies and not following redirects, signed in with the session cookie.</summary>
    private HttpClient Browser(string token)
    {
        var cookies = new CookieContainerHandler();
        cookies.Container.Add(new Uri("http://localhost"), new Cookie("plaza_session", token));
        return factory.CreateDefaultClient(cookies);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
