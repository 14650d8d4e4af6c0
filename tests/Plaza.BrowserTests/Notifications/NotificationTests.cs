using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Notifications;

[Collection(BrowserCollection.Name)]
public sealed class NotificationTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_is_told_in_the_app_when_the_order_is_paid() => app.RunSceneAsync(async scene =>
    {
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        var order = await shopper.PaidPickupOrderAsync(shopperApi);
        var number = order.GetProperty("number").GetString()!;

        // The event is dispatched after commit, in the background: the badge appears within moments.
        await Eventually.WaitForAsync(async () =>
        {
            await shopper.GotoAsync("/");
            return await shopper.GetByTestId("unread-count").CountAsync();
        }, count => count > 0, "the unread badge to appear");
        await shopper.GetByTestId("notifications-link").ClickAsync();
        await Expect(shopper.GetByTestId("notification").First).ToContainTextAsync($"Order {number} is paid");
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await shopper.GetByTestId("read-all").ClickAsync();
        await Expect(shopper.GetByTestId("unread-count")).ToHaveCountAsync(0);

        await shopper.GetByRole(AriaRole.Link, new() { Name = "Choose which notifications you get" }).ClickAsync();
        await shopper.GetByTestId("kind-OrderStatus").UncheckAsync();
        await shopper.GetByTestId("save-preferences").ClickAsync();
        await Expect(shopper.GetByTestId("notice")).ToBeVisibleAsync();
        await Expect(shopper.GetByTestId("kind-OrderStatus")).Not.ToBeCheckedAsync();
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });
}
