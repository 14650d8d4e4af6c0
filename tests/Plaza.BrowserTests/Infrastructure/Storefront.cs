using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.Web.Modules.Demo;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>
/// The steps a person takes on the storefront, found the way they find them: by the words on
/// buttons, links, labels and headings (roles and accessible names), not by CSS classes.
/// </summary>
internal static class Storefront
{
    public static string Islington => DemoStores.All[0].Shop.Name;

    public static string Dalston => DemoStores.All[1].Shop.Name;

    /// <summary>Islington's parcel lockers: a pickup point that is not the store's own counter.</summary>
    public static string IslingtonParcelLockers => DemoStores.All[0].ParcelStation.Name;

    public static async Task SignInAsync(this IPage page, string login, string password = DemoAccounts.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email or mobile number").FillAsync(login);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // Signed in: the menu offers the account instead of signing in.
        await Expect(page.Navigation().GetByRole(AriaRole.Link, new() { Name = "Account", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Home page, then "Shop here" on the store's card; ends on the store's own page.</summary>
    public static async Task ChooseStoreAsync(this IPage page, string storeName)
    {
        await page.GotoAsync("/");
        var card = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = storeName, Exact = true }) });
        await card.GetByRole(AriaRole.Button, new() { Name = "Shop here" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = storeName, Exact = true })).ToBeVisibleAsync();
    }

    public static async Task SearchStoreAsync(this IPage page, string words)
    {
        var search = page.GetByRole(AriaRole.Search);
        await search.GetByLabel("Search this store").FillAsync(words);
        await search.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"Results for “{words}”" })).ToBeVisibleAsync();
    }

    /// <summary>Opens the first product in the results whose name matches; returns its name as shown.</summary>
    public static async Task<string> OpenProductAsync(this IPage page, Regex name)
    {
        var link = page.MainContent().GetByRole(AriaRole.Link, new() { NameRegex = name }).First;
        var productName = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = productName, Exact = true })).ToBeVisibleAsync();
        return productName;
    }

    /// <summary>On a product page: the first option still in stock, then "Add to cart".</summary>
    public static async Task AddToCartAsync(this IPage page, int quantity = 1)
    {
        var option = page.GetByRole(AriaRole.Radio).And(page.Locator(":enabled")).First;
        await option.CheckAsync();
        await page.GetByLabel("How many").FillAsync(quantity.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
    }

    public static async Task OpenCartAsync(this IPage page)
    {
        await page.Navigation().GetByRole(AriaRole.Link, new() { Name = "Cart", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your cart" })).ToBeVisibleAsync();
    }

    public static ILocator MainContent(this IPage page) => page.GetByRole(AriaRole.Main);

    public static ILocator Navigation(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
}
