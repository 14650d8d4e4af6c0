using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Localization;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitcherTests(BrowserFixture app)
{
    [Fact]
    public Task The_language_switcher_shows_the_storefront_in_Spanish_and_Chinese() => app.RunAsync(Screen.Phone, async page =>
    {
        await page.GotoAsync("/");
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Choose your store" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Elija su tienda" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Comprar aquí" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Español" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "选择您的商店" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "在这里购物" }).First).ToBeVisibleAsync();

        // The choice sticks: the next page is in Chinese too.
        await page.GotoAsync("/account/sign-in");
        await Expect(html).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "登录" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task A_shopper_reads_her_own_language_from_sign_in_onwards_and_the_language_she_picks_is_remembered() =>
        app.RunAsync(Screen.Phone, async page =>
        {
            var html = page.Locator("html");
            await SignInAsAsync(page, "lucia@plaza.test");
            await Expect(html).ToHaveAttributeAsync("lang", "es", new() { Timeout = 10_000 });
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cuenta", Exact = true }).First).ToBeVisibleAsync();

            // Raw text, not entities: 中文 is three bytes a character in the page, not eight.
            await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
            await Expect(html).ToHaveAttributeAsync("lang", "zh-Hans");
            var source = await (await page.APIRequest.GetAsync(page.Url)).TextAsync();
            source.ShouldContain("账户");
            source.ShouldNotContain("&#x");

            // On another browser (a new context) she signs in and gets the language she chose last.
            await using var other = await page.Context.Browser!.NewContextAsync(new() { BaseURL = app.BaseUrl });
            var elsewhere = await other.NewPageAsync();
            await SignInAsAsync(elsewhere, "lucia@plaza.test");
            await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
            await elsewhere.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
            await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "es");
        });

    /// <summary>Signs in from the English sign-in page without expecting English afterwards.</summary>
    private static async Task SignInAsAsync(IPage page, string login)
    {
        await page.GotoAsync("/account/sign-in?culture=en&ui-culture=en");
        await page.GetByLabel("Email or mobile number").FillAsync(login);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Plaza.Web.Modules.Demo.DemoAccounts.Password);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
    }
}
