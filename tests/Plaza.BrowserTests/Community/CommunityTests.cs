using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Community;

/// <summary>Neighbours start a private community and let each other in, on their phones.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CommunityTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_starts_a_private_community_and_lets_a_neighbour_in() => app.RunSceneAsync(async scene =>
    {
        using var ownerApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var neighbourApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var name = "Angel home cooks " + Guid.NewGuid().ToString("N")[..6];

        var owner = await scene.OpenAsync(Screen.Phone, "owner");
        await owner.SignInAsync(ownerApi.Login);
        await owner.GotoAsync("/communities");
        await owner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await owner.MainContent().GetByRole(AriaRole.Link, new() { Name = "Start a community" }).ClickAsync();
        await owner.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await owner.GetByTestId("community-name").FillAsync(name);
        await owner.GetByTestId("kind-theme").CheckAsync();
        await owner.GetByTestId("visibility-private").CheckAsync();
        await owner.GetByTestId("community-description").FillAsync("Recipes from the market, swapped on Sundays.");
        await owner.GetByTestId("create-community").ClickAsync();
        await Expect(owner.GetByTestId("community-title")).ToHaveTextAsync(name);
        await Expect(owner.GetByTestId("member-count")).ToContainTextAsync("1");
        var address = owner.Url;

        var neighbour = await scene.OpenAsync(Screen.Phone, "neighbour");
        await neighbour.SignInAsync(neighbourApi.Login);
        await neighbour.GotoAsync(address);
        await neighbour.GetByTestId("join").ClickAsync();
        await Expect(neighbour.GetByTestId("pending")).ToBeVisibleAsync();
        await neighbour.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await owner.ReloadAsync();
        await owner.GetByTestId("request").GetByTestId("approve").ClickAsync();
        await Expect(owner.GetByTestId("member-count")).ToContainTextAsync("2");
        await owner.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await neighbour.ReloadAsync();
        await Expect(neighbour.GetByTestId("my-role")).ToBeVisibleAsync();
        await Expect(neighbour.GetByTestId("member")).ToHaveCountAsync(2);
    });
}
