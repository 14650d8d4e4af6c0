using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Accessibility;

/// <summary>
/// axe-core on every main storefront page, in the state a shopper meets it (signed in, with
/// something in the cart, with a paid order), on a phone-sized screen. Serious and critical
/// violations fail the test; the message names each rule, its impact, the fix and where.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StorefrontAccessibilityTests(BrowserFixture app)
{
    public static TheoryData<string> MainPages =>
    [
        "home", "store", "product", "cart", "sign-in", "sign-in with a wrong password", "register", "checkout", "my orders", "order detail",
    ];

    [Theory]
    [MemberData(nameof(MainPages))]
    public Task Each_main_storefront_page_has_no_serious_or_critical_accessibility_violations(string page) =>
        app.RunAsync(Screen.Phone, testName: "Accessibility-" + page.Replace(' ', '-'), body: async browser =>
        {
            await OpenAsync(browser, page);
            await browser.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        });

    private async Task OpenAsync(IPage page, string name)
    {
        switch (name)
        {
            case "home":
                await page.GotoAsync("/");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                break;
            case "store":
                await page.ChooseStoreAsync(Storefront.Islington);
                break;
            case "product":
                await page.ChooseStoreAsync(Storefront.Islington);
                await page.SearchStoreAsync("bread");
                await page.OpenProductAsync(new Regex("bread", RegexOptions.IgnoreCase));
                break;
            case "sign-in":
                await page.GotoAsync("/account/sign-in");
                await Expect(page.GetByLabel("Email or mobile number")).ToBeVisibleAsync();
                break;
            case "sign-in with a wrong password":
                await page.GotoAsync("/account/sign-in");
                await page.GetByLabel("Email or mobile number").FillAsync("shopper@plaza.test");
                await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password");
                await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
                await Expect(page.GetByText("The login or password is not right.").First).ToBeVisibleAsync();
                break;
            case "register":
                await page.GotoAsync("/account/register");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                break;
            case "cart":
                await ShopperWithACartAsync(page);
                await page.OpenCartAsync();
                await Expect(page.GetByTestId("cart-line").First).ToBeVisibleAsync();
                break;
            case "checkout":
                await ShopperWithACartAsync(page);
                await page.OpenCartAsync();
                await page.MainContent().GetByRole(AriaRole.Link, new() { Name = "Checkout", Exact = true }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Checkout" })).ToBeVisibleAsync();
                break;
            case "my orders":
                await ShopperWithAPaidOrderAsync(page);
                await page.Navigation().GetByRole(AriaRole.Link, new() { Name = "My orders", Exact = true }).ClickAsync();
                await Expect(page.GetByTestId("order-row").First).ToBeVisibleAsync();
                break;
            case "order detail":
                await ShopperWithAPaidOrderAsync(page);
                await page.Navigation().GetByRole(AriaRole.Link, new() { Name = "My orders", Exact = true }).ClickAsync();
                await page.GetByTestId("order-link").First.ClickAsync();
                await Expect(page.GetByTestId("pickup-code")).ToBeVisibleAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "No such page in this test.");
        }
    }

    private async Task ShopperWithACartAsync(IPage page)
    {
        using var shopper = await PlazaApi.RegisterAsync(app.BaseUrl);
        var store = await shopper.IslingtonAsync();
        var item = await shopper.InStockItemAsync(store.Id, "bread");
        await shopper.PutInCartAsync(store.Id, item.SkuId, 2);
        await page.SignInAsync(shopper.Login);
        await page.ChooseStoreAsync(Storefront.Islington);
    }

    private async Task ShopperWithAPaidOrderAsync(IPage page)
    {
        using var shopper = await PlazaApi.RegisterAsync(app.BaseUrl);
        await page.SignInAsync(shopper.Login);
        await page.PaidPickupOrderAsync(shopper);
    }
}
