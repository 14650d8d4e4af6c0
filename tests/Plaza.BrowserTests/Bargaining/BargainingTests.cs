using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Bargaining;

[Collection(BrowserCollection.Name)]
public sealed class BargainingTests(BrowserFixture app)
{
    /// <summary>The demo seeds a bargain deal on White Sourdough Bread at the Islington store.</summary>
    [Fact]
    public Task A_shopper_starts_a_bargain_a_friend_cuts_it_through_the_share_link_and_the_shopper_buys_at_the_lower_price() => app.RunSceneAsync(async scene =>
    {
        using var starterApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var starter = await scene.OpenAsync(Screen.Phone, "starter");
        await starter.SignInAsync(starterApi.Login);
        await starter.ChooseStoreAsync(Storefront.Islington);
        await starter.SearchStoreAsync("sourdough");
        await starter.OpenProductAsync(new Regex("White Sourdough", RegexOptions.IgnoreCase));
        await Expect(starter.GetByTestId("bargain-deal")).ToBeVisibleAsync();
        await starter.GetByTestId("start-bargain").ClickAsync();
        await starter.WaitForURLAsync(new Regex(@"/bargains/[0-9a-f-]{36}$"));
        var bargainPage = starter.Url;
        var startPrice = (await starter.GetByTestId("current-price").InnerTextAsync()).Trim();
        await Expect(starter.GetByTestId("bargain").Locator("[role=timer]")).ToHaveTextAsync(new Regex(@"\d\d:\d\d:\d\d"));
        await starter.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await starter.GetByTestId("share-bargain").ClickAsync();
        var link = await starter.GetByTestId("share-url").InputValueAsync();
        link.ShouldMatch(@"/s/[A-Za-z0-9]{8}$");
        await Expect(starter.GetByTestId("share-qr")).ToBeVisibleAsync();

        // A friend opens the link, signs in and cuts the price once.
        using var friendApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var friend = await scene.OpenAsync(Screen.Phone, "friend");
        await friend.GotoAsync(link);
        await Expect(friend.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("White Sourdough Bread");
        await friend.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await friend.GetByTestId("sign-in-to-cut").ClickAsync();
        await friend.GetByLabel("Email or mobile number").FillAsync(friendApi.Login);
        await friend.GetByLabel("Password", new() { Exact = true }).FillAsync(Plaza.Web.Modules.Demo.DemoAccounts.Password);
        await friend.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await friend.WaitForURLAsync(bargainPage);
        await friend.GetByTestId("cut").ClickAsync();
        await Expect(friend.GetByTestId("notice")).ToContainTextAsync("off the price");
        await Expect(friend.GetByTestId("already-cut")).ToBeVisibleAsync();
        await Expect(friend.GetByTestId("cuts").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await friend.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // The starter sees the lower price and buys one at it.
        await starter.GotoAsync(bargainPage);
        var lower = (await starter.GetByTestId("current-price").InnerTextAsync()).Trim();
        lower.ShouldNotBe(startPrice);
        await Expect(starter.GetByTestId("cuts")).ToContainTextAsync("Browser Tester");
        await Expect(starter.GetByTestId("buy")).ToContainTextAsync(lower);
        await starter.GetByTestId("buy").ClickAsync();
        await starter.ApprovePaymentAsync();
        await starter.GotoAsync(bargainPage);
        await Expect(starter.GetByTestId("bargain-status")).ToHaveTextAsync("Bought");
        await starter.GetByTestId("my-order").ClickAsync();
        await Expect(starter.MainContent()).ToContainTextAsync(lower);
        await Expect(starter.MainContent()).ToContainTextAsync("Bargain price");
    });

    [Fact]
    public Task Staff_set_up_a_bargain_deal_and_it_shows_on_the_product_page() => app.RunAsync(Screen.Laptop, async staff =>
    {
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await staff.GetByTestId("nav-bargains").ClickAsync();
        await Expect(staff.GetByTestId("bargain-deals")).ToContainTextAsync("White Sourdough Bread");

        var form = staff.GetByTestId("bargain-deal-form");
        await form.GetByLabel("Item").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        var item = (await form.GetByLabel("Item").Locator("option:checked").InnerTextAsync()).Split(" — ")[0].Trim();
        await form.GetByLabel("Floor price").FillAsync("0.01");
        await form.GetByLabel("Cuts to reach the floor").FillAsync("51");
        await form.GetByTestId("create-bargain-deal").ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("A bargain takes 2 to 50 cuts.");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await staff.GetByTestId("bargain-deal-form").GetByLabel("Cuts to reach the floor").FillAsync("3");
        await staff.GetByTestId("create-bargain-deal").ClickAsync();
        await Expect(staff.GetByTestId("bargain-deals")).ToContainTextAsync(item);
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await staff.ChooseStoreAsync(Storefront.Islington);
        await staff.SearchStoreAsync(item);
        await staff.OpenProductAsync(new Regex(Regex.Escape(item)));
        await Expect(staff.GetByTestId("bargain-deal").First).ToBeVisibleAsync();
    });
}
