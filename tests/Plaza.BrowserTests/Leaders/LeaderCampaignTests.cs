using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Leaders;

[Collection(BrowserCollection.Name)]
public sealed class LeaderCampaignTests(BrowserFixture app)
{
    /// <summary>The demo's leader@plaza.test (Li Wei) is an approved leader of the Islington store with a pickup point at home.</summary>
    [Fact]
    public Task A_leaders_campaign_from_publication_to_pickup() => app.RunSceneAsync(async scene =>
    {
        var title = "Browser campaign " + Guid.NewGuid().ToString("N")[..6];

        // Staff put together a campaign and publish it.
        var staff = await scene.OpenAsync(Screen.Laptop, "staff");
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await staff.GetByTestId("nav-leaders").ClickAsync();
        await Expect(staff.GetByTestId("applications")).ToContainTextAsync("Li Wei's porch");
        var form = staff.GetByTestId("campaign-form");
        await form.GetByLabel("Title").FillAsync(title);
        var firstItem = form.GetByTestId("campaign-item-0");
        await firstItem.GetByLabel("Item").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        var option = await firstItem.GetByLabel("Item").Locator("option:checked").InnerTextAsync();
        var item = option.Split(" — ")[0].Trim();
        var usual = decimal.Parse(Regex.Match(option, @"(\d+\.\d{2})\)\s*$").Groups[1].Value, CultureInfo.InvariantCulture);
        await firstItem.GetByLabel("Campaign price").FillAsync(Math.Round(usual * 0.9m, 2).ToString("0.00", CultureInfo.InvariantCulture));
        await form.GetByLabel("Leader commission (%)").FillAsync("10");
        await form.GetByTestId("create-campaign").ClickAsync();
        var campaign = staff.GetByTestId("staff-campaign").Filter(new() { HasText = title });
        await campaign.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(campaign).ToContainTextAsync("Taking orders");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var leadersPage = staff.Url;
        await staff.GetByTestId("applications").GetByRole(AriaRole.Link, new() { Name = "Leader's page Li Wei's porch" }).ClickAsync();
        var leaderPage = staff.Url;

        // A shopper orders through the leader's link and pays.
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        await shopper.GotoAsync(leaderPage);
        await Expect(shopper.GetByTestId("leader-address")).ToContainTextAsync("Canonbury Square");
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var offer = shopper.GetByTestId("campaign").Filter(new() { HasText = title });
        await offer.GetByLabel(new Regex(Regex.Escape(item))).FillAsync("2");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Order for pickup here" }).ClickAsync();
        var orderId = await shopper.ApprovePaymentAsync();
        var order = await Eventually.WaitForAsync(() => shopperApi.OrderAsync(orderId), o => o.GetProperty("status").GetString() == "paid", "the payment");
        order.GetProperty("pickupPointName").GetString().ShouldBe("Li Wei's porch, Canonbury Square");

        // Staff see it on the pick list and in the delivery manifest.
        await Eventually.WaitForAsync(async () =>
        {
            await staff.GotoAsync(leadersPage);
            return await staff.GetByTestId("staff-campaign").Filter(new() { HasText = title }).InnerTextAsync();
        }, text => text.Contains("Li Wei's porch") && text.Contains(item), "the pick list");
        await Expect(staff.GetByTestId("staff-campaign").Filter(new() { HasText = title }).GetByTestId("manifest")).ToContainTextAsync("Li Wei's porch");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // The delivery arrives at Li Wei's: the leader confirms it and hands the order over with the shopper's code.
        var leader = await scene.OpenAsync(Screen.Phone, "leader");
        await leader.SignInAsync("leader@plaza.test");
        await leader.GotoAsync("/account");
        await leader.GetByTestId("my-leadership-link").ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Delivery received " + title }).ClickAsync();
        await Expect(leader.GetByTestId("leader-notice")).ToContainTextAsync("ready to collect");
        await shopper.GotoAsync($"/orders/{orderId}");
        await Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync(new Regex("Ready to collect"));
        var code = (await shopper.GetByTestId("pickup-code").InnerTextAsync()).Trim();
        await leader.GetByLabel("Pickup code the customer shows you").FillAsync(code);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();
        await Expect(leader.GetByTestId("leader-notice")).ToContainTextAsync("Handed over");
        await shopper.ReloadAsync();
        await Expect(shopper.GetByTestId("order-status")).ToHaveAttributeAsync("data-status", "completed");

        // The leader sees the order, the customer and the commission.
        var row = leader.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Eventually.WaitForAsync(async () =>
        {
            await leader.ReloadAsync();
            return await row.InnerTextAsync();
        }, text => text.Contains("Completed"), "the commission");
        await Expect(row).ToContainTextAsync("Browser Tester");
        await Expect(row).Not.ToContainTextAsync("£0.00");
        await Expect(leader.GetByTestId("leader-earned")).Not.ToHaveTextAsync("£0.00");
        await leader.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task A_shopper_applies_to_lead_from_a_leaders_page_and_staff_approve() => app.RunSceneAsync(async scene =>
    {
        using var applicantApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var point = "Porch " + Guid.NewGuid().ToString("N")[..6];

        // From the demo leader's page (linked from the staff page) to the application form.
        var staff = await scene.OpenAsync(Screen.Laptop, "staff");
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await staff.GetByTestId("nav-leaders").ClickAsync();
        var leadersPage = staff.Url;
        var leaderLink = await staff.GetByTestId("applications").GetByRole(AriaRole.Link, new() { Name = "Leader's page Li Wei's porch" })
            .GetAttributeAsync("href");

        var applicant = await scene.OpenAsync(Screen.Phone, "applicant");
        await applicant.SignInAsync(applicantApi.Login);
        await applicant.GotoAsync(leaderLink!);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Become a leader for this store" }).ClickAsync();
        var form = applicant.GetByTestId("apply-form");
        await form.GetByLabel("Pickup point name").FillAsync(point);
        await form.GetByLabel("Address").FillAsync("x");
        await form.GetByLabel("Latitude").FillAsync("51.54");
        await form.GetByLabel("Longitude").FillAsync("-0.10");
        await form.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("at least 5");
        await applicant.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await applicant.GetByTestId("apply-form").GetByLabel("Address").FillAsync("7 Halton Road, London N1");
        await applicant.GetByTestId("apply-form").GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var mine = applicant.GetByTestId("leadership").Filter(new() { HasText = point });
        await Expect(mine).ToContainTextAsync("Pending");

        // Staff approve; the applicant now has a page to share.
        await staff.GotoAsync(leadersPage);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Approve " + point }).ClickAsync();
        await Expect(staff.GetByTestId("applications").GetByRole(AriaRole.Link, new() { Name = "Leader's page " + point })).ToBeVisibleAsync();
        await applicant.ReloadAsync();
        await Expect(mine).ToContainTextAsync("Approved");
        await mine.GetByTestId("leader-link").ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(point);
        await applicant.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });
}
