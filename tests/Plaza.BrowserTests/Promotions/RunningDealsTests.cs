using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Promotions;

/// <summary>A running deal changed and ended from the store's back office.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RunningDealsTests(BrowserFixture app)
{
    [Fact]
    public Task Staff_change_a_running_team_deals_limit_keep_its_price_and_end_it_early() => app.RunAsync(Screen.Laptop, async staff =>
    {
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await staff.GetByTestId("nav-group-buys").ClickAsync();

        var form = staff.GetByTestId("deal-form");
        await form.GetByLabel("Item").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        var item = (await form.GetByLabel("Item").Locator("option:checked").InnerTextAsync()).Split(" — ")[0].Trim();
        await form.GetByLabel("Team price").FillAsync("0.01");
        await form.GetByLabel("People in a team").FillAsync("5");
        await staff.GetByTestId("create-deal").ClickAsync();
        await Expect(staff.GetByTestId("deals")).ToContainTextAsync(item);

        var changes = staff.GetByTestId("deal-changes");
        await Expect(changes).ToContainTextAsync("The team price cannot change while a deal runs");
        var change = changes.GetByTestId("deal-change").Filter(new() { HasText = item }).First;
        await change.Locator("summary").ClickAsync();
        await change.GetByLabel("Limit per shopper").FillAsync("3");
        await change.GetByLabel("Hours to fill a team").FillAsync("12");
        await change.GetByTestId("save-deal-change").ClickAsync();
        await Expect(staff.GetByText("Deal changed. Teams, bargains and orders already begun keep their terms.")).ToBeVisibleAsync();

        change = staff.GetByTestId("deal-changes").GetByTestId("deal-change").Filter(new() { HasText = item }).First;
        await change.Locator("summary").ClickAsync();
        await Expect(change.GetByLabel("Limit per shopper")).ToHaveValueAsync("3");
        await Expect(change.GetByLabel("Hours to fill a team")).ToHaveValueAsync("12");
        await Expect(change).ToContainTextAsync("People already paid this team price, so it stays.");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        var row = staff.GetByTestId("deals").GetByRole(AriaRole.Row).Filter(new() { HasText = item }).First;
        await Expect(row).ToContainTextAsync("0.01");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^End") }).ClickAsync();
        await Expect(staff.GetByText("Group buy ended: no new teams. Open teams run until they fill or time runs out.")).ToBeVisibleAsync();
        await Expect(staff.GetByTestId("deals").GetByRole(AriaRole.Row).Filter(new() { HasText = item }).First).ToContainTextAsync("Ended");
        await Expect(staff.GetByTestId("deal-changes").GetByTestId("deal-change").Filter(new() { HasText = item })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Staff_raise_a_running_flash_sales_quantity_and_end_it_early() => app.RunAsync(Screen.Laptop, async staff =>
    {
        var title = "Browser flash " + Guid.NewGuid().ToString("N")[..6];
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Store back office" }).GetByRole(AriaRole.Link, new() { Name = "Flash sales", Exact = true })
            .ClickAsync();

        var form = staff.GetByTestId("flash-sale-form");
        await form.GetByLabel("Item").SelectOptionAsync(new SelectOptionValue { Index = 3 });
        await form.GetByLabel("Title (optional)").FillAsync(title);
        await form.GetByLabel("Flash sale price").FillAsync("0.01");
        await form.GetByLabel("How many at this price").FillAsync("5");
        await form.GetByTestId("create-flash-sale").ClickAsync();
        var sale = staff.GetByTestId("staff-flash-sale").Filter(new() { HasText = title });
        await Expect(sale).ToContainTextAsync("0 of 5 sold");

        await sale.Locator("summary").ClickAsync();
        await Expect(sale).ToContainTextAsync("people already bought at that price");
        await sale.GetByLabel("How many at this price").FillAsync("8");
        await sale.GetByTestId("save-deal-change").ClickAsync();
        await Expect(staff.GetByText("Deal changed. Teams, bargains and orders already begun keep their terms.")).ToBeVisibleAsync();
        await Expect(sale).ToContainTextAsync("0 of 8 sold");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await sale.GetByTestId("end-flash-sale").ClickAsync();
        await Expect(staff.GetByText($"The flash sale for {title} has ended: no new sales at its price. Orders already placed keep it.")).ToBeVisibleAsync();
        await Expect(sale).ToHaveAttributeAsync("data-state", "ended");
        await Expect(sale.GetByTestId("end-flash-sale")).ToHaveCountAsync(0);
    });
}
