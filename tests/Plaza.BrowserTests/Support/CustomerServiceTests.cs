using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Support;

/// <summary>
/// Customer service as issue 12 tells it: a shopper asks in Spanish where her order is and gets the right card at once; she
/// asks for a person; staff reply from the inbox and she sees it arrive; it is resolved and she rates it. And an agent with the
/// inbox open sees a new conversation arrive in the list, answers it with a saved reply filled with the shopper's order, and the
/// shopper receives it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerServiceTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_asks_in_Spanish_where_her_order_is_gets_the_card_then_a_person_answers_from_the_inbox_and_she_rates_it() =>
        app.RunSceneAsync(async scene =>
        {
            var (shopperApi, store, shopper, order) = await ShopperWithAPaidOrderAsync(scene);
            using var _ = shopperApi;
            var number = order.GetProperty("number").GetString()!;

            await shopper.GotoAsync($"/support/new?storeId={store.Id}");
            await shopper.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
            await shopper.GetByRole(AriaRole.Button, new() { Name = "¿Dónde está mi pedido?" }).ClickAsync();
            await shopper.WaitForURLAsync(new Regex(@"/support/[0-9a-f-]{36}$"));
            var card = shopper.GetByTestId("answer-card");
            await Expect(card).ToContainTextAsync(number);
            await Expect(shopper.GetByTestId("support-messages")).ToContainTextAsync("pedido");
            await Expect(shopper.GetByTestId("support-chat")).ToHaveAttributeAsync("data-connected", "true");
            await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();

            await shopper.GetByTestId("talk-to-person").ClickAsync();
            await Expect(shopper.GetByTestId("support-handler")).ToHaveTextAsync("Te atiende una persona de la tienda");
            var conversationUrl = shopper.Url;

            var staff = await scene.OpenAsync(Screen.Laptop, "staff");
            await staff.SignInAsync("staff@plaza.test");
            await staff.GotoAsync($"/staff/stores/{store.Id}/support?view=all");
            await staff.GetByTestId("inbox-conversation").First.ClickAsync();
            await Expect(staff.GetByTestId("customer-context")).ToContainTextAsync(number);
            await Expect(staff.GetByTestId("support-chat")).ToHaveAttributeAsync("data-connected", "true");
            await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
            await staff.GetByTestId("support-text").FillAsync("Hola, soy Priya. Tu pedido está listo en el mostrador.");
            await staff.GetByTestId("support-send").ClickAsync();

            // She sees the reply arrive without reloading.
            await Expect(shopper.GetByTestId("support-messages")).ToContainTextAsync("Tu pedido está listo en el mostrador");
            shopper.Url.ShouldBe(conversationUrl);

            await staff.GetByTestId("status-resolved").ClickAsync();
            await Expect(shopper.GetByTestId("support-rating")).ToBeVisibleAsync();
            await shopper.GetByTestId("rating-5").CheckAsync();
            await shopper.GetByTestId("rate").ClickAsync();
            await Expect(shopper.GetByTestId("support-rating")).ToContainTextAsync("5 de 5");
            await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        });

    [Fact]
    public Task A_new_conversation_appears_in_the_open_inbox_and_the_agent_answers_with_a_saved_reply_filled_with_the_shoppers_order() =>
        app.RunSceneAsync(async scene =>
        {
            var (shopperApi, store, shopper, order) = await ShopperWithAPaidOrderAsync(scene);
            using var _ = shopperApi;
            var (number, code) = (order.GetProperty("number").GetString()!, order.GetProperty("pickupCode").GetString()!);
            var title = "Ready " + Guid.NewGuid().ToString("N")[..6];

            // Staff keep a saved reply with variables.
            var staff = await scene.OpenAsync(Screen.Laptop, "staff");
            await staff.SignInAsync("staff@plaza.test");
            await staff.GotoAsync($"/staff/stores/{store.Id}/support/replies");
            await staff.GetByTestId("saved-reply-title").FillAsync(title);
            await staff.GetByTestId("saved-reply-body").FillAsync("Hi {customer_name}, order {order_number} is ready: show {pickup_code} at {store_name}.");
            await staff.GetByTestId("saved-reply-save").ClickAsync();
            await Expect(staff.GetByTestId("saved-reply-list")).ToContainTextAsync(title);
            await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

            // The inbox is open when the shopper writes: her conversation takes its place in the list without a reload.
            await staff.GotoAsync($"/staff/stores/{store.Id}/support?view=all");
            await Expect(staff.GetByTestId("support-inbox")).ToHaveAttributeAsync("data-connected", "true");
            var inboxUrl = staff.Url;
            await shopper.GotoAsync($"/support/new?storeId={store.Id}");
            await shopper.GetByTestId("first-text").FillAsync("Hello, can I come and collect today?");
            await shopper.GetByTestId("start-conversation").ClickAsync();
            await shopper.WaitForURLAsync(new Regex(@"/support/[0-9a-f-]{36}$"));
            await Expect(shopper.GetByTestId("support-chat")).ToHaveAttributeAsync("data-connected", "true");
            var conversationId = await shopper.GetByTestId("support-chat").GetAttributeAsync("data-conversation-id");
            var row = staff.Locator($"li[data-conversation-id='{conversationId}']");
            await Expect(row).ToContainTextAsync("Browser Tester");
            await Expect(staff.GetByTestId("inbox-conversations").Locator("li").First).ToHaveAttributeAsync("data-conversation-id", conversationId!);
            await Expect(staff.GetByTestId("inbox-news")).ToBeHiddenAsync();
            staff.Url.ShouldBe(inboxUrl);

            // She writes again: the row stays one row, at the top.
            await shopper.GetByTestId("support-text").FillAsync("I can come at five.");
            await shopper.GetByTestId("support-send").ClickAsync();
            await Expect(shopper.GetByTestId("support-messages")).ToContainTextAsync("I can come at five.");
            await Expect(row).ToHaveCountAsync(1);

            // The agent opens it and chooses the saved reply: the box holds it filled with her name, her order and its pickup code.
            await row.GetByTestId("inbox-conversation").ClickAsync();
            await Expect(staff.GetByTestId("support-chat")).ToHaveAttributeAsync("data-connected", "true");
            var filled = $"Hi Browser Tester, order {number} is ready: show {code} at {Storefront.Islington}.";
            await staff.GetByTestId("saved-reply").SelectOptionAsync(new SelectOptionValue { Label = title });
            await Expect(staff.GetByTestId("support-text")).ToHaveValueAsync(filled);
            await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();
            await staff.GetByTestId("support-send").ClickAsync();
            await Expect(shopper.GetByTestId("support-messages")).ToContainTextAsync(filled);

            // Without script, choosing one reloads the page with the text in the box.
            var replyId = await staff.GetByTestId("saved-reply").Locator("option", new() { HasText = title }).GetAttributeAsync("value");
            await staff.GotoAsync($"{staff.Url}&reply={replyId}");
            await Expect(staff.GetByTestId("support-text")).ToHaveValueAsync(filled);
        });

    /// <summary>A new shopper signed in on her phone, with a pickup order at Islington paid: her API client, the store, her page, the order.</summary>
    private async Task<(PlazaApi Api, Arrange.StoreRef Store, IPage Page, JsonElement Order)> ShopperWithAPaidOrderAsync(Scene scene)
    {
        var api = await PlazaApi.RegisterAsync(app.BaseUrl);
        var store = await api.IslingtonAsync();
        var page = await scene.OpenAsync(Screen.Phone, "shopper");
        await page.SignInAsync(api.Login);
        return (api, store, page, await page.PaidPickupOrderAsync(api));
    }
}
