using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Accessibility;

/// <summary>axe-core on the staff back office, at the counter's laptop size; order pages with a paid order in them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeAccessibilityTests(BrowserFixture app)
{
    public static TheoryData<string> MainPages =>
    [
        "staff home", "store orders", "store orders with a checked pickup code", "staff order", "products and stock", "add a product", "store settings",
    ];

    [Theory]
    [MemberData(nameof(MainPages))]
    public Task Each_main_back_office_page_has_no_serious_or_critical_accessibility_violations(string page) =>
        app.RunAsync("Accessibility-" + page.Replace(' ', '-'), async scene =>
        {
            var withOrder = page is "store orders" or "store orders with a checked pickup code" or "staff order";
            string? number = null;
            if (withOrder)
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
                await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
                await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = $"Orders at {Storefront.Islington}" })).ToBeVisibleAsync();
            }
            var backOffice = staff.GetByRole(AriaRole.Navigation, new() { Name = "Store back office" });
            switch (page)
            {
                case "store orders":
                    await Expect(staff.GetByRole(AriaRole.Link, new() { Name = number!, Exact = true })).ToBeVisibleAsync();
                    break;
                case "store orders with a checked pickup code":
                    await staff.GetByLabel("Pickup code the customer shows you").FillAsync("000000");
                    await staff.GetByRole(AriaRole.Button, new() { Name = "Check code" }).ClickAsync();
                    await Expect(staff.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
                    break;
                case "staff order":
                    await staff.GetByRole(AriaRole.Link, new() { Name = number!, Exact = true }).ClickAsync();
                    await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = $"Order {number}" })).ToBeVisibleAsync();
                    break;
                case "products and stock":
                    await backOffice.GetByRole(AriaRole.Link, new() { Name = "Products and stock" }).ClickAsync();
                    await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Products and stock" })).ToBeVisibleAsync();
                    break;
                case "add a product":
                    await backOffice.GetByRole(AriaRole.Link, new() { Name = "Products and stock" }).ClickAsync();
                    await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = "Add a product" }).ClickAsync();
                    await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Add a product" })).ToBeVisibleAsync();
                    break;
                case "store settings":
                    await backOffice.GetByRole(AriaRole.Link, new() { Name = "Store settings" }).ClickAsync();
                    await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Store settings" })).ToBeVisibleAsync();
                    break;
            }

            await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        });
}
