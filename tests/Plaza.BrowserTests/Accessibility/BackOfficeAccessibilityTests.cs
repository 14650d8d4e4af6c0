using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Accessibility;

/// <summary>axe-core on the staff back office, with a paid order in it, at the counter's laptop size.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeAccessibilityTests(BrowserFixture app)
{
    public static TheoryData<string> MainPages => ["staff home", "store orders", "store orders with a checked pickup code", "staff order"];

    [Theory]
    [MemberData(nameof(MainPages))]
    public Task Each_main_back_office_page_has_no_serious_or_critical_accessibility_violations(string page) =>
        app.RunAsync("Accessibility-" + page.Replace(' ', '-'), async scene =>
        {
            string? number = null;
            if (page != "staff home")
            {
                using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
                var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
                await shopper.SignInAsync(shopperApi.Login);
                number = (await shopper.PaidPickupOrderAsync(shopperApi)).GetProperty("number").GetString();
            }

            var staff = await scene.OpenAsync(Screen.Laptop, "staff");
            await staff.SignInAsync("staff@plaza.test");
            await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your stores" })).ToBeVisibleAsync();
            if (page != "staff home")
            {
                await staff.Main().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
                await Expect(staff.GetByRole(AriaRole.Link, new() { Name = number!, Exact = true })).ToBeVisibleAsync();
            }
            if (page == "store orders with a checked pickup code")
            {
                await staff.GetByLabel("Pickup code the customer shows you").FillAsync("000000");
                await staff.GetByRole(AriaRole.Button, new() { Name = "Check code" }).ClickAsync();
                await Expect(staff.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            }
            if (page == "staff order")
            {
                await staff.GetByRole(AriaRole.Link, new() { Name = number!, Exact = true }).ClickAsync();
                await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = $"Order {number}" })).ToBeVisibleAsync();
            }

            await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        });
}
