using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Support;

/// <summary>
/// Service levels as the store's people meet them: the inbox says when a first reply is due, the open conversation shows
/// both targets, the dashboard counts what was answered and by whom, and staff change the targets there. A shopper whose
/// question the assistant answered closes the conversation herself.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SupportDashboardTests(BrowserFixture app)
{
    [Fact]
    public Task Staff_see_when_a_reply_is_due_answer_in_time_and_find_it_on_the_dashboard_where_they_set_the_targets() =>
        app.RunSceneAsync(async scene =>
        {
            using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
            var store = await shopperApi.IslingtonAsync();
            var id = await shopperApi.OpenSupportConversationAsync(store.Id, "I want to talk to a person, please");

            var staff = await scene.OpenAsync(Screen.Laptop, "staff");
            await staff.SignInAsync("staff@plaza.test");
            await staff.GotoAsync($"/staff/stores/{store.Id}/support?view=all&c={id}");
            var row = staff.Locator($"li[data-conversation-id='{id}']");
            await Expect(row.GetByTestId("inbox-sla")).ToContainTextAsync(new Regex("Reply due|Past its target"));
            await Expect(staff.GetByTestId("support-sla")).ToContainTextAsync("First reply:");
            await staff.GetByTestId("support-text").FillAsync("Hello! How can I help?");
            await staff.GetByTestId("support-send").ClickAsync();
            await Expect(staff.GetByTestId("support-messages")).ToContainTextAsync("How can I help?");
            await staff.GetByTestId("status-resolved").ClickAsync();
            await Expect(staff.GetByTestId("support-status")).ToHaveTextAsync("Resolved");

            await staff.GetByTestId("support-dashboard-link").ClickAsync();
            await Expect(staff.GetByTestId("support-dashboard")).ToBeVisibleAsync();
            await Expect(staff.GetByTestId("by-people")).Not.ToHaveTextAsync("0");
            await Expect(staff.GetByTestId("frt-median")).Not.ToHaveTextAsync("–");
            await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

            await staff.GetByTestId("target-first-response").FillAsync("20");
            await staff.GetByTestId("target-resolution").FillAsync("90");
            await staff.GetByTestId("save-targets").ClickAsync();
            await Expect(staff.GetByTestId("target-first-response")).ToHaveValueAsync("20");
            await Expect(staff.GetByTestId("target-resolution")).ToHaveValueAsync("90");
            await staff.GetByTestId("target-resolution").FillAsync("10");
            await staff.GetByTestId("save-targets").ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot be shorter");
            await Expect(staff.GetByTestId("target-resolution")).ToHaveValueAsync("90");
        });

    [Fact]
    public Task A_shopper_whose_question_the_assistant_answered_closes_the_conversation_and_rates_it() =>
        app.RunSceneAsync(async scene =>
        {
            using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
            var store = await shopperApi.IslingtonAsync();
            var id = await shopperApi.OpenSupportConversationAsync(store.Id, "when do you open?");
            var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
            await shopper.SignInAsync(shopperApi.Login);
            await shopper.GotoAsync($"/support/{id}");
            await Expect(shopper.GetByTestId("answer-card")).ToContainTextAsync("08:00");

            await shopper.GetByTestId("support-resolve").ClickAsync();
            await Expect(shopper.GetByTestId("support-rating")).ToBeVisibleAsync();
            await Expect(shopper.GetByTestId("support-resolve")).ToHaveCountAsync(0);
            await shopper.GetByTestId("rating-4").CheckAsync();
            await shopper.GetByTestId("rate").ClickAsync();
            await Expect(shopper.GetByTestId("support-rating")).ToContainTextAsync("4 of 5");
        });
}
