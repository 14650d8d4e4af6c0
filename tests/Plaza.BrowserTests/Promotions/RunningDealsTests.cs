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
}
