using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Promotions;

/// <summary>A coupon campaign's own page, reached through a friend's share link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CouponPageTests(BrowserFixture app)
{
    /// <summary>The demo seeds the claimable coupon WELCOME-1 ("Welcome to the neighbourhood", one per shopper) at the Islington store.</summary>
    [Fact]
    public Task A_shopper_shares_a_coupon_and_a_friend_opens_the_link_signs_in_claims_it_and_finds_it_in_their_coupons() => app.RunSceneAsync(async scene =>
    {
        using var sharerApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var sharer = await scene.OpenAsync(Screen.Phone, "sharer");
        await sharer.SignInAsync(sharerApi.Login);
        await sharer.ChooseStoreAsync(Storefront.Islington);
        await sharer.MainContent().GetByRole(AriaRole.Link, new() { Name = "Coupons", Exact = true }).ClickAsync();
        await sharer.GetByRole(AriaRole.Button, new() { Name = "Share coupon WELCOME-1" }).ClickAsync();
        await Expect(sharer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Share Welcome to the neighbourhood");
        await Expect(sharer.GetByTestId("share-qr")).ToBeVisibleAsync();
        var link = await sharer.GetByTestId("share-url").InputValueAsync();
        link.ShouldMatch(@"/s/[A-Za-z0-9]{8}$");

        // A friend opens the link on their phone: the coupon's page, with what it takes off and how many are left.
        using var friendApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var friend = await scene.OpenAsync(Screen.Phone, "friend");
        await friend.GotoAsync(link);
        await friend.WaitForURLAsync(new Regex(@"/coupons/[0-9a-f-]{36}$"));
        var couponPage = friend.Url;
        await Expect(friend.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome to the neighbourhood");
        await Expect(friend.GetByTestId("coupon-benefit")).ToContainTextAsync("off");
        await Expect(friend.GetByTestId("coupon-left")).ToContainTextAsync(new Regex(@"\d+ of 500 left"));
        await friend.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await friend.GetByTestId("sign-in-to-claim").ClickAsync();
        await friend.GetByLabel("Email or mobile number").FillAsync(friendApi.Login);
        await friend.GetByLabel("Password", new() { Exact = true }).FillAsync(Plaza.Web.Modules.Demo.DemoAccounts.Password);
        await friend.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await friend.WaitForURLAsync(couponPage);
        await friend.GetByTestId("claim-coupon").ClickAsync();
        await Expect(friend.GetByTestId("notice")).ToHaveTextAsync("The coupon is in your wallet. Use it at checkout.");
        await Expect(friend.GetByTestId("coupon-held-max")).ToBeVisibleAsync();
        await Expect(friend.GetByTestId("claim-coupon")).ToHaveCountAsync(0);
        await friend.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await friend.GetByTestId("coupon-held").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(friend.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Coupons" })).ToBeVisibleAsync();
        await Expect(friend.Locator("[data-testid=my-coupon][data-code='WELCOME-1']")).ToContainTextAsync("Welcome to the neighbourhood");
    });
}
