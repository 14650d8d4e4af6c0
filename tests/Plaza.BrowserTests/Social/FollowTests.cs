using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Social;

/// <summary>A neighbour follows a shopper from her profile and a store from its page, on their phones.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowTests(BrowserFixture app)
{
    [Fact]
    public Task A_neighbour_follows_a_shopper_from_her_profile_and_a_store_from_its_page() => app.RunSceneAsync(async scene =>
    {
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var neighbourApi = await PlazaApi.RegisterAsync(app.BaseUrl);

        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        await shopper.GotoAsync("/account");
        await shopper.MainContent().GetByRole(AriaRole.Link, new() { Name = "My profile" }).ClickAsync();
        await Expect(shopper.GetByTestId("follower-count")).ToContainTextAsync("0");
        await Expect(shopper.GetByTestId("follow-toggle")).ToHaveCountAsync(0);
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var profile = shopper.Url;

        var neighbour = await scene.OpenAsync(Screen.Phone, "neighbour");
        await neighbour.SignInAsync(neighbourApi.Login);
        await neighbour.GotoAsync(profile);
        await neighbour.GetByTestId("follow-toggle").ClickAsync();
        await Expect(neighbour.GetByTestId("notice")).ToBeVisibleAsync();
        await Expect(neighbour.GetByTestId("follower-count")).ToContainTextAsync("1");
        await Expect(neighbour.GetByTestId("follow-toggle")).ToContainTextAsync("Unfollow");
        await neighbour.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await neighbour.GetByTestId("follower-count").ClickAsync();
        await Expect(neighbour.GetByTestId("people").GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await neighbour.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        var store = await neighbourApi.IslingtonAsync();
        await neighbour.GotoAsync($"/stores/{store.Id}");
        await neighbour.GetByTestId("store-follow").ClickAsync();
        await Expect(neighbour.GetByTestId("store-follow")).ToContainTextAsync("Unfollow this store");
        await neighbour.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await neighbour.GetByTestId("store-follow").ClickAsync();
        await Expect(neighbour.GetByTestId("store-follow")).ToHaveTextAsync("Follow this store");
    });
}
