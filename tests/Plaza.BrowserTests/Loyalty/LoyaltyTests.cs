using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Loyalty;

[Collection(BrowserCollection.Name)]
public sealed class LoyaltyTests(BrowserFixture app)
{
    [Fact]
    public Task A_new_shopper_checks_in_spends_the_points_at_checkout_and_sees_them_on_the_order() => app.RunAsync(Screen.Phone, async page =>
    {
        using var shopper = await PlazaApi.RegisterAsync(app.BaseUrl);
        var store = await shopper.IslingtonAsync();
        var item = await shopper.InStockItemAsync(store.Id, "bread");
        await shopper.PutInCartAsync(store.Id, item.SkuId);
        await page.SignInAsync(shopper.Login);

        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "My points" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "My points" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("points-balance")).ToHaveTextAsync("0");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Check in for \\d+ points$") }).ClickAsync();
        await Expect(page.GetByTestId("check-in-result")).ToContainTextAsync("Checked in. You got 5 points.");
        await Expect(page.GetByTestId("points-balance")).ToHaveTextAsync("5");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Checked in today" })).ToBeDisabledAsync();
        await Expect(page.GetByTestId("points-history")).ToContainTextAsync("Daily check-in");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "My membership" }).ClickAsync();
        await Expect(page.GetByTestId("tier")).ToHaveTextAsync("Member");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await page.ChooseStoreAsync(Storefront.Islington);
        await page.GotoAsync("/checkout");
        await Expect(page.GetByTestId("points-field")).ToContainTextAsync("You have 5 points.");
        await page.GetByLabel("Points to use").FillAsync("5");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Pick up" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = Storefront.IslingtonParcelLockers }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/sandbox/checkout/"));
        await page.ApprovePaymentAsync();
        await Expect(page.GetByText("Your payment is confirmed.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "See your order" }).ClickAsync();
        var points = page.Locator("[data-testid=price-adjustment][data-kind=points]");
        await Expect(points).ToContainTextAsync("Points");
        await Expect(points).ToContainTextAsync("0.05");

        await page.GotoAsync("/account/points");
        await Expect(page.GetByTestId("points-balance")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("points-history")).ToContainTextAsync("Spent at checkout");
    });

    [Fact]
    public Task The_demo_shopper_is_a_silver_member_with_points_history() => app.RunAsync(Screen.Phone, async page =>
    {
        await page.SignInAsync("shopper@plaza.test");
        await page.GotoAsync("/account/membership");
        await Expect(page.GetByTestId("tier")).ToHaveTextAsync("Silver");
        await Expect(page.GetByTestId("tier-progress")).ToBeVisibleAsync();
        await page.GotoAsync("/account/points");
        await Expect(page.GetByTestId("points-history")).ToContainTextAsync("Completed order");
    });

    [Fact]
    public Task A_shopper_buys_the_Plaza_Plus_card_on_the_membership_page_and_gets_Gold_once_the_payment_is_confirmed() =>
        app.RunAsync(Screen.Phone, async page =>
        {
            using var shopper = await PlazaApi.RegisterAsync(app.BaseUrl);
            await page.SignInAsync(shopper.Login);

            await page.GotoAsync("/account/membership");
            await Expect(page.GetByTestId("tier")).ToHaveTextAsync("Member");
            await Expect(page.GetByTestId("card-offer")).ToContainTextAsync("Plaza Plus");
            await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Buy 365 days for £29.99" }).ClickAsync();

            await page.WaitForURLAsync(new Regex("/sandbox/checkout/"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve payment" }).ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/account/membership/card/[0-9a-f-]{36}/payment-return"));
            await Expect(page.GetByTestId("card-active")).ToContainTextAsync("Your Plaza Plus card is active until", new() { Timeout = 30_000 });
            await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "My membership" }).ClickAsync();
            await Expect(page.GetByTestId("tier")).ToHaveTextAsync("Gold");
            await Expect(page.GetByTestId("card-status")).ToContainTextAsync("Plaza Plus card active until");
            await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        });
}
