using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Promotions;

/// <summary>Coupons from the store's back office to the shopper's checkout, and axe audits of the promotion pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PromotionsTests(BrowserFixture app)
{
    private static async Task OpenBackOfficeAsync(IPage staff, string section)
    {
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Store back office" }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true })
            .ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = section })).ToBeVisibleAsync();
    }

    [Fact]
    public Task Staff_create_a_coupon_a_shopper_claims_it_and_sees_the_discount_at_checkout() => app.RunSceneAsync(async scene =>
    {
        var code = "BROWSER-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var staff = await scene.OpenAsync(Screen.Laptop, "staff");
        await OpenBackOfficeAsync(staff, "Coupons");
        var form = staff.GetByTestId("coupon-form");
        await form.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await form.GetByLabel("Name shoppers see").FillAsync("Fifty pence off your basket");
        await form.GetByLabel("A fixed amount").CheckAsync();
        await form.GetByLabel("Amount off (fixed)").FillAsync("0.50");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create coupon" }).ClickAsync();
        await Expect(staff.GetByText($"Coupon {code} is ready.")).ToBeVisibleAsync();
        await Expect(staff.Locator($"[data-testid=staff-coupon][data-code='{code}']")).ToContainTextAsync("0 claimed");

        // A new shopper finds it from the store's page and claims it.
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        await shopper.ChooseStoreAsync(Storefront.Islington);
        await shopper.MainContent().GetByRole(AriaRole.Link, new() { Name = "Coupons", Exact = true }).ClickAsync();
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Coupons" })).ToBeVisibleAsync();
        await shopper.GetByRole(AriaRole.Button, new() { Name = $"Claim coupon {code}" }).ClickAsync();
        await Expect(shopper.GetByText("The coupon is in your wallet. Use it at checkout.")).ToBeVisibleAsync();
        await Expect(shopper.Locator($"[data-testid=my-coupon][data-code='{code}']")).ToContainTextAsync("Fifty pence off your basket");

        // Checkout: choose it from "my coupons" and apply; the saving is a line of the totals.
        await shopper.ChooseStoreAsync(Storefront.Islington);
        await shopper.SearchStoreAsync("bread");
        await shopper.OpenProductAsync(new Regex("bread", RegexOptions.IgnoreCase));
        await shopper.AddToCartAsync();
        await shopper.OpenCartAsync();
        await shopper.MainContent().GetByRole(AriaRole.Link, new() { Name = "Checkout", Exact = true }).ClickAsync();
        await shopper.GetByRole(AriaRole.Radio, new() { Name = "Pick up" }).CheckAsync();
        var total = (await shopper.GetByTestId("total-pickup").InnerTextAsync()).Trim();
        await shopper.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("Fifty pence off your basket") }).CheckAsync();
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();

        var saving = shopper.Locator("[data-show-for=Pickup][data-testid=price-adjustment][data-kind=coupon]");
        await Expect(saving).ToContainTextAsync("Coupon");
        await Expect(saving).ToContainTextAsync("0.50");
        await Expect(shopper.GetByTestId("total-pickup")).Not.ToHaveTextAsync(total);
        await Expect(shopper.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("Fifty pence off your basket") })).ToBeCheckedAsync();
    });

    [Fact]
    public Task A_shopper_asks_to_be_reminded_when_the_next_flash_sale_starts_and_changes_their_mind() => app.RunSceneAsync(async scene =>
    {
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        await shopper.ChooseStoreAsync(Storefront.Islington);
        await shopper.MainContent().GetByRole(AriaRole.Link, new() { Name = "Flash sales", Exact = true }).ClickAsync();

        // The demo store's next flash sale has not started: its countdown runs to the start, and the shopper asks for a reminder.
        var upcoming = shopper.Locator("[data-testid=flash-sale][data-state=upcoming]").First;
        await Expect(upcoming.Locator("[role=timer]")).ToHaveTextAsync(new Regex(@"\d\d:\d\d:\d\d"));
        await upcoming.GetByRole(AriaRole.Button, new() { Name = "Remind me" }).ClickAsync();
        await Expect(shopper.GetByTestId("notice")).ToHaveTextAsync("We will remind you when it starts.");
        await Expect(upcoming.GetByTestId("reminder-set")).ToBeVisibleAsync();

        // It stays set on the product page too, and can be cancelled there.
        await upcoming.GetByRole(AriaRole.Link).First.ClickAsync();
        var banner = shopper.GetByTestId("flash-banner");
        await Expect(banner.GetByTestId("reminder-set")).ToBeVisibleAsync();
        await banner.GetByRole(AriaRole.Button, new() { Name = "Cancel the reminder" }).ClickAsync();
        await Expect(shopper.GetByTestId("notice")).ToHaveTextAsync("No reminder for this flash sale.");
        await Expect(shopper.GetByTestId("flash-banner").GetByRole(AriaRole.Button, new() { Name = "Remind me" })).ToBeVisibleAsync();
    });

    public static TheoryData<string> Pages => ["coupons", "flash sales", "staff coupons", "staff flash sales"];

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Each_promotion_page_has_no_serious_or_critical_accessibility_violations(string page) =>
        app.RunAsync("Accessibility-promotions-" + page.Replace(' ', '-'), async scene =>
        {
            if (page.StartsWith("staff", StringComparison.Ordinal))
            {
                var staff = await scene.OpenAsync(Screen.Laptop, "staff");
                await OpenBackOfficeAsync(staff, page == "staff coupons" ? "Coupons" : "Flash sales");
                await Expect(staff.GetByTestId(page == "staff coupons" ? "staff-coupon" : "staff-flash-sale").First).ToBeVisibleAsync();
                await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
                return;
            }
            var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
            await shopper.SignInAsync("shopper@plaza.test");
            await shopper.ChooseStoreAsync(Storefront.Islington);
            await shopper.MainContent().GetByRole(AriaRole.Link, new() { Name = page == "coupons" ? "Coupons" : "Flash sales", Exact = true }).ClickAsync();
            // The demo store has coupons to claim and a flash sale running, with its countdown ticking.
            if (page == "coupons") await Expect(shopper.GetByTestId("coupon").First).ToBeVisibleAsync();
            else await Expect(shopper.Locator("[data-testid=flash-sale] [role=timer]").First).ToHaveTextAsync(new Regex(@"\d\d:\d\d:\d\d"));
            await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        });
}
