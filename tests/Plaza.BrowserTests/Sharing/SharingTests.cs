using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Sharing;

[Collection(BrowserCollection.Name)]
public sealed class SharingTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_shares_a_product_and_a_neighbour_arrives_through_the_link() => app.RunSceneAsync(async scene =>
    {
        using var sharerApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var sharer = await scene.OpenAsync(Screen.Phone, "sharer");
        await sharer.SignInAsync(sharerApi.Login);
        await sharer.ChooseStoreAsync(Storefront.Islington);
        await sharer.SearchStoreAsync("bread");
        var product = await sharer.OpenProductAsync(new Regex("bread", RegexOptions.IgnoreCase));
        await sharer.GetByTestId("share").ClickAsync();
        var link = await sharer.GetByTestId("share-url").InputValueAsync();
        link.ShouldMatch(@"/s/[A-Za-z0-9]{8}$");
        await Expect(sharer.GetByTestId("share-qr")).ToBeVisibleAsync();
        await sharer.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await sharer.GetByTestId("poster-link").ClickAsync();
        await Expect(sharer.GetByTestId("poster")).ToBeVisibleAsync();
        await sharer.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        var neighbour = await scene.OpenAsync(Screen.Phone, "neighbour");
        await neighbour.GotoAsync(link);
        await Expect(neighbour.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(product);

        await sharer.GotoAsync("/account/shares");
        await Expect(sharer.GetByTestId("visits").First).ToHaveTextAsync("1");
        await sharer.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });
}
