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
}
