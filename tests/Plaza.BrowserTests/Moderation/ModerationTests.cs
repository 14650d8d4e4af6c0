using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Moderation;

[Collection(BrowserCollection.Name)]
public sealed class ModerationTests(BrowserFixture app)
{
    [Fact]
    public Task A_reported_review_is_removed_by_a_moderator_and_vanishes_from_the_product() => app.RunSceneAsync(async scene =>
    {
        // A shopper has collected her order and reviewed it.
        using var authorApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var staffApi = await PlazaApi.SignInAsync(app.BaseUrl, "staff@plaza.test");
        var author = await scene.OpenAsync(Screen.Phone, "author");
        await author.SignInAsync(authorApi.Login);
        var order = await author.PaidPickupOrderAsync(authorApi, "bread");
        var orderId = order.GetProperty("id").GetGuid();
        await staffApi.HandOverPickupAsync(orderId, order.GetProperty("pickupCode").GetString()!);
        var words = "Stale bread and a rude welcome, never again " + Guid.NewGuid().ToString("N")[..6];
        await authorApi.PostReviewAsync(order.GetProperty("lines")[0].GetProperty("id").GetGuid(), 1, words);
        var productPage = $"/stores/{order.GetProperty("storeId").GetGuid()}/products/{order.GetProperty("lines")[0].GetProperty("productId").GetGuid()}";

        // A neighbour reports it.
        using var reporterApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var reporter = await scene.OpenAsync(Screen.Phone, "reporter");
        await reporter.SignInAsync(reporterApi.Login);
        await reporter.GotoAsync(productPage);
        await reporter.GetByTestId("review").Filter(new() { HasText = words }).GetByTestId("report-review").ClickAsync();
        await reporter.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await reporter.GetByTestId("reason-spam").CheckAsync();
        await reporter.GetByTestId("report-submit").ClickAsync();

        // A moderator removes it, saying why.
        var moderator = await scene.OpenAsync(Screen.Laptop, "moderator");
        await moderator.SignInAsync("moderator@plaza.test");
        await moderator.Navigation().GetByRole(AriaRole.Link, new() { Name = "Moderation", Exact = true }).ClickAsync();
        var item = moderator.GetByTestId("queue-item").Filter(new() { HasText = words });
        await Expect(item).ToHaveCountAsync(1);
        await moderator.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await item.GetByTestId("remove-reason").FillAsync("Advertising is not a review.");
        await item.GetByTestId("remove").ClickAsync();
        await Expect(moderator.GetByTestId("queue-item").Filter(new() { HasText = words })).ToHaveCountAsync(0);

        await reporter.GotoAsync(productPage);
        await Expect(reporter.GetByTestId("review").Filter(new() { HasText = words })).ToHaveCountAsync(0);
    });
}
