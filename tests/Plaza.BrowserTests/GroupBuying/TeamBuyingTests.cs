using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.GroupBuying;

[Collection(BrowserCollection.Name)]
public sealed class TeamBuyingTests(BrowserFixture app)
{
    /// <summary>The demo seeds a team deal for two on British Strawberries at the Islington store.</summary>
    [Fact]
    public Task A_shopper_opens_a_team_a_second_shopper_joins_through_the_share_link_and_the_team_completes() => app.RunSceneAsync(async scene =>
    {
        using var leaderApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var leader = await scene.OpenAsync(Screen.Phone, "leader");
        await leader.SignInAsync(leaderApi.Login);
        await leader.ChooseStoreAsync(Storefront.Islington);
        await leader.SearchStoreAsync("strawberries");
        await leader.OpenProductAsync(new Regex("Strawberries", RegexOptions.IgnoreCase));
        var deal = leader.GetByTestId("group-buy").First;
        await Expect(deal.GetByRole(AriaRole.Heading)).ToContainTextAsync("with 2 people");
        await leader.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await deal.GetByTestId("open-team").ClickAsync();
        await leader.ApprovePaymentAsync();

        // My teams → the team page: one of two, waiting; share it.
        await leader.GotoAsync("/account/group-buys");
        await leader.GetByTestId("my-teams").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(leader.GetByTestId("spots-left")).ToContainTextAsync("1 spot left");
        // The time left ticks live beside the server-written time.
        await Expect(leader.GetByTestId("team").Locator("[role=timer]")).ToHaveTextAsync(new Regex(@"\d\d:\d\d:\d\d"));
        await Expect(leader.GetByTestId("members")).ToContainTextAsync("Browser Tester");
        await leader.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var teamPage = leader.Url;
        await leader.GetByTestId("share-team").ClickAsync();
        var link = await leader.GetByTestId("share-url").InputValueAsync();
        link.ShouldMatch(@"/s/[A-Za-z0-9]{8}$");
        await Expect(leader.GetByTestId("share-qr")).ToBeVisibleAsync();

        // A friend opens the link, signs in, joins and pays.
        using var friendApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var friend = await scene.OpenAsync(Screen.Phone, "friend");
        await friend.GotoAsync(link);
        await Expect(friend.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("British Strawberries");
        await friend.GetByTestId("sign-in-to-join").ClickAsync();
        await friend.GetByLabel("Email or mobile number").FillAsync(friendApi.Login);
        await friend.GetByLabel("Password", new() { Exact = true }).FillAsync(Plaza.Web.Modules.Demo.DemoAccounts.Password);
        await friend.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await friend.WaitForURLAsync(teamPage);
        await friend.GetByTestId("join").ClickAsync();
        await friend.ApprovePaymentAsync();

        // Both see the team complete (the payment arrives by webhook, then the team completes).
        foreach (var page in new[] { friend, leader })
        {
            await Eventually.WaitForAsync(async () =>
            {
                await page.GotoAsync(teamPage);
                return (await page.GetByTestId("team-status").InnerTextAsync()).Trim();
            }, s => s == "Team complete", "the team to complete");
            await Expect(page.GetByTestId("members").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        }
        await friend.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task Staff_set_up_a_team_deal_and_it_shows_on_the_product_page() => app.RunAsync(Screen.Laptop, async staff =>
    {
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await staff.GetByTestId("nav-group-buys").ClickAsync();
        await Expect(staff.GetByTestId("deals")).ToContainTextAsync("British Strawberries");

        var form = staff.GetByTestId("deal-form");
        await form.GetByLabel("Item").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        var item = (await form.GetByLabel("Item").Locator("option:checked").InnerTextAsync()).Split(" — ")[0].Trim();
        await form.GetByLabel("Team price").FillAsync("0.01");
        await form.GetByLabel("People in a team").FillAsync("11");
        await form.GetByTestId("create-deal").ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("A team has 2 to 10 people.");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await staff.GetByTestId("deal-form").GetByLabel("People in a team").FillAsync("4");
        await staff.GetByTestId("create-deal").ClickAsync();
        await Expect(staff.GetByTestId("deals")).ToContainTextAsync(item);
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await staff.ChooseStoreAsync(Storefront.Islington);
        await staff.SearchStoreAsync(item);
        await staff.OpenProductAsync(new Regex(Regex.Escape(item)));
        await Expect(staff.GetByTestId("group-buy").Filter(new() { HasText = "with 4 people" }).First).ToBeVisibleAsync();
    });
}
