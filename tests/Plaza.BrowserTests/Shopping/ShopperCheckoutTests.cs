using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Shopping;

[Collection(BrowserCollection.Name)]
public sealed class ShopperCheckoutTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_finds_a_product_checks_out_for_pickup_and_pays_on_the_sandbox_page() => app.RunAsync(Screen.Phone, async page =>
    {
        await page.SignInAsync("shopper@plaza.test");
        await page.ChooseStoreAsync(Storefront.Islington);

        await page.SearchStoreAsync("bread");
        var product = await page.OpenProductAsync(new Regex("bread", RegexOptions.IgnoreCase));
        await page.AddToCartAsync();

        await page.OpenCartAsync();
        await Expect(page.MainContent().GetByRole(AriaRole.Link, new() { Name = product, Exact = true })).ToBeVisibleAsync();
        await page.MainContent().GetByRole(AriaRole.Link, new() { Name = "Checkout", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Checkout" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Pick up" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = Storefront.IslingtonParcelLockers }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();

        // The sandbox provider's hosted page, as a real provider's would be.
        await page.WaitForURLAsync(new Regex("/sandbox/checkout/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve payment" }).ClickAsync();

        // Back at Plaza, which learns of the payment from the provider's webhook a moment later.
        await page.WaitForURLAsync(new Regex(@"/orders/[0-9a-f-]{36}/payment-return"));
        await Expect(page.GetByText("Your payment is confirmed.")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GetByRole(AriaRole.Link, new() { Name = "See your order" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("^Order ") })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync(new Regex("Paid", RegexOptions.IgnoreCase));
        await Expect(page.GetByTestId("pickup-code")).ToHaveTextAsync(new Regex(@"^\s*\d{6}\s*$"));
        await Expect(page.GetByTestId("pickup-point")).ToContainTextAsync(Storefront.IslingtonParcelLockers);
        await Expect(page.GetByTestId("order-lines")).ToContainTextAsync(product);
    });
}
