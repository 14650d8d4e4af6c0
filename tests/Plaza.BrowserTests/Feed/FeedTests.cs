using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Feed;

/// <summary>A shopper follows a neighbour and finds her note in the Following tab of the feed, on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_follows_someone_and_sees_their_note_in_Following() => app.RunSceneAsync(async scene =>
    {
        using var neighbourApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var title = "Plums at the corner shop " + Guid.NewGuid().ToString("N")[..6];
        await neighbourApi.PostNoteAsync(title, "Sweet and only a little bruised. Go before noon.");

        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        await shopper.GotoAsync("/feed");
        await Expect(shopper.GetByTestId("tab-following")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(shopper.GetByTestId("feed-empty")).ToContainTextAsync("Follow people or stores");
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await shopper.GotoAsync($"/people/{neighbourApi.AccountId}");
        await shopper.GetByTestId("follow-toggle").ClickAsync();
        await Expect(shopper.GetByTestId("follow-toggle")).ToContainTextAsync("Unfollow");
        await shopper.GetByTestId("feed-nav").ClickAsync();

        await Expect(shopper.GetByTestId("feed").GetByTestId("note-link").First).ToHaveTextAsync(title);
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await shopper.GetByTestId("feed").GetByTestId("note-link").First.ClickAsync();
        await Expect(shopper.GetByTestId("note-title")).ToHaveTextAsync(title);

        await shopper.GotoAsync("/feed");
        await shopper.GetByTestId("tab-discover").ClickAsync();
        await Expect(shopper.GetByTestId("tab-discover")).ToHaveAttributeAsync("aria-current", "true");
        await Expect(shopper.GetByTestId("feed")).ToContainTextAsync(title);
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });
}
