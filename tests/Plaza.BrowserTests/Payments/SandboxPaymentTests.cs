using System.Text.Json;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using Plaza.Web.Modules.Demo;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Payments;

[Collection(BrowserCollection.Name)]
public sealed class SandboxPaymentTests(BrowserFixture app)
{
    [Fact]
    public Task Approving_on_the_sandbox_page_marks_the_order_paid_through_the_webhook() => app.RunAsync(Screen.Phone, async page =>
    {
        using var shopper = await PlazaApi.SignInAsync(app.BaseUrl, "shopper@plaza.test");
        var store = await shopper.StoreAsync(DemoStores.All[0].Shop.Name);
        var storeId = store.GetProperty("id").GetGuid();
        var pickupPointId = store.GetProperty("pickupPoints")[0].GetProperty("id").GetGuid();
        var item = await shopper.InStockItemAsync(storeId, "bread");
        var order = await shopper.PlacePickupOrderAsync(storeId, pickupPointId, item.SkuId);
        var orderId = order.GetProperty("id").GetGuid();
        var hostedPage = await shopper.StartPaymentAsync(orderId);

        await page.GotoAsync(hostedPage);
        await Expect(page.GetByTestId("sandbox-amount")).ToBeVisibleAsync();
        var returned = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Approve payment" }).ClickAsync(new() { NoWaitAfter = true }),
            request => request.Url.Contains($"/orders/{orderId}/payment-return"));
        returned.Url.ShouldContain("outcome=approved");

        var paid = await Eventually.WaitForAsync(() => shopper.OrderAsync(orderId),
            o => o.GetProperty("status").GetString() == "paid", "the webhook to mark the order paid");
        paid.GetProperty("paymentState").GetString().ShouldBe("paid");
        paid.GetProperty("pickupCode").GetString().ShouldNotBeNullOrEmpty();
    });
}
