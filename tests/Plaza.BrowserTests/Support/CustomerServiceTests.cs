using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Support;

/// <summary>
/// Customer service as issue 12 tells it: a shopper asks in Spanish where her order is and gets the right card at once; she
/// asks for a person; staff reply from the inbox and she sees it arrive; it is resolved and she rates it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerServiceTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_asks_in_Spanish_where_her_order_is_gets_the_card_then_a_person_answers_from_the_inbox_and_she_rates_it() =>
        app.RunSceneAsync(async scene =>
        {
            using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
            var store = await shopperApi.IslingtonAsync();
            var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
            await shopper.SignInAsync(shopperApi.Login);
            var order = await shopper.PaidPickupOrderAsync(shopperApi);
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
}
