using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Reviews;

[Collection(BrowserCollection.Name)]
public sealed class ReviewTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_reviews_what_she_collected_and_it_shows_as_a_verified_purchase() => app.RunSceneAsync(async scene =>
    {
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var staffApi = await PlazaApi.SignInAsync(app.BaseUrl, "staff@plaza.test");
        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        var order = await shopper.PaidPickupOrderAsync(shopperApi, "bread");
        var orderId = order.GetProperty("id").GetGuid();
        await staffApi.HandOverPickupAsync(orderId, order.GetProperty("pickupCode").GetString()!);

        await shopper.GotoAsync($"/orders/{orderId}");
        await shopper.GetByTestId("review-line").First.ClickAsync();
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await shopper.GetByLabel("4 out of 5 stars").CheckAsync();
        var words = "Crusty outside, soft inside " + Guid.NewGuid().ToString("N")[..6];
        await shopper.GetByTestId("review-text-input").FillAsync(words);
        await shopper.GetByTestId("review-submit").ClickAsync();

        var productId = order.GetProperty("lines")[0].GetProperty("productId").GetGuid();
        var storeId = order.GetProperty("storeId").GetGuid();
        await shopper.GotoAsync($"/stores/{storeId}/products/{productId}");
        var mine = shopper.GetByTestId("review").Filter(new() { HasText = words });
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine.GetByTestId("verified-purchase")).ToBeVisibleAsync();
        await Expect(shopper.GetByTestId("rating-average")).ToBeVisibleAsync();
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });
}
