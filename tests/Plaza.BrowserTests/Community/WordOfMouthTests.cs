using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Community;

/// <summary>
/// Issue 3's whole story in one scene: a shopper shares a note about a product; a neighbour follows her,
/// finds the note in her Following feed, buys the tagged product through it, collects it and reviews it
/// as a verified purchase; the author sees the order her note started; a rude comment under the note is
/// reported and a moderator removes it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WordOfMouthTests(BrowserFixture app)
{
    [Fact]
    public Task A_note_leads_a_follower_to_buy_review_and_report_and_a_moderator_removes_the_reported_comment() => app.RunSceneAsync(async scene =>
    {
        using var authorApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var buyerApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var staffApi = await PlazaApi.SignInAsync(app.BaseUrl, "staff@plaza.test");
        var store = await authorApi.IslingtonAsync();
        var item = await authorApi.InStockItemAsync(store.Id, "bread");
        var suffix = Guid.NewGuid().ToString("N")[..6];

        // 1. The author writes a note from the product page; the product is tagged.
        var author = await scene.OpenAsync(Screen.Phone, "author");
        await author.SignInAsync(authorApi.Login);
        await author.GotoAsync($"/stores/{store.Id}/products/{item.ProductId}");
        await author.GetByTestId("write-note").ClickAsync();
        var title = "The loaf our street queues for " + suffix;
        await author.GetByTestId("note-title").FillAsync(title);
        await author.GetByTestId("note-body").FillAsync("Crisp crust, soft middle. Go early on Saturdays.");
        await author.GetByTestId("note-submit").ClickAsync();
        await Expect(author.GetByTestId("tagged-products")).ToContainTextAsync(item.ProductName);
        var noteUrl = new Uri(author.Url).AbsolutePath;

        // 2. A neighbour follows her and finds the note in the Following feed.
        var buyer = await scene.OpenAsync(Screen.Laptop, "buyer");
        await buyer.SignInAsync(buyerApi.Login);
        await buyer.ChooseStoreAsync(Storefront.Islington);
        await buyer.GotoAsync($"/people/{authorApi.AccountId}");
        await buyer.GetByTestId("follow-toggle").ClickAsync();
        await Expect(buyer.GetByTestId("follow-toggle")).ToContainTextAsync("Unfollow");
        await buyer.GetByTestId("feed-nav").ClickAsync();
        await Expect(buyer.GetByTestId("tab-following")).ToHaveAttributeAsync("aria-current", "true");
        var inFeed = buyer.GetByTestId("feed").GetByTestId("note-link").Filter(new() { HasText = title });
        await Expect(inFeed).ToHaveCountAsync(1);
        await inFeed.ClickAsync();

        // 3. She buys the tagged product through the note and pays.
        await buyer.GetByTestId("buy").ClickAsync();
        await Expect(buyer.GetByRole(AriaRole.Heading, new() { Level = 1, Name = item.ProductName, Exact = true })).ToBeVisibleAsync();
        await buyer.AddToCartAsync();
        await buyer.OpenCartAsync();
        await buyer.MainContent().GetByRole(AriaRole.Link, new() { Name = "Checkout", Exact = true }).ClickAsync();
        await buyer.GetByRole(AriaRole.Radio, new() { Name = "Pick up" }).CheckAsync();
        await buyer.GetByRole(AriaRole.Radio, new() { Name = Storefront.IslingtonParcelLockers }).CheckAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex("/sandbox/checkout/"));
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Approve payment" }).ClickAsync();
        await Expect(buyer.GetByText("Your payment is confirmed.")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // 4. The store hands it over; she reviews it and it shows as a verified purchase.
        var orderId = (await buyerApi.MyOrdersAsync())[0].GetProperty("id").GetGuid();
        var order = await buyerApi.OrderAsync(orderId);
        await staffApi.HandOverPickupAsync(orderId, order.GetProperty("pickupCode").GetString()!);
        await buyer.GotoAsync($"/orders/{orderId}");
        await buyer.GetByTestId("review-line").First.ClickAsync();
        await buyer.GetByLabel("5 out of 5 stars").CheckAsync();
        var review = "Exactly as the note said " + suffix;
        await buyer.GetByTestId("review-text-input").FillAsync(review);
        await buyer.GetByTestId("review-submit").ClickAsync();
        await buyer.GotoAsync($"/stores/{store.Id}/products/{item.ProductId}");
        var mine = buyer.GetByTestId("review").Filter(new() { HasText = review });
        await Expect(mine.GetByTestId("verified-purchase")).ToBeVisibleAsync();

        // 5. The author sees the order her note started.
        await author.GotoAsync(noteUrl);
        await Expect(author.GetByTestId("note-orders")).ToHaveTextAsync("Orders started from this note: 1");

        // 6. Someone is rude under the note; the buyer reports it and a moderator removes it.
        using var trollApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var rude = "Nobody cares about your bread " + suffix;
        using (var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", trollApi.Token);
            (await http.PostAsJsonAsync($"/api/v1{noteUrl}/comments", new { text = rude })).EnsureSuccessStatusCode();
        }
        await buyer.GotoAsync(noteUrl);
        await buyer.GetByTestId("comments").Locator("li").Filter(new() { HasText = rude }).GetByTestId("report-comment").ClickAsync();
        await buyer.GetByTestId("reason-abuse").CheckAsync();
        await buyer.GetByTestId("report-submit").ClickAsync();

        var moderator = await scene.OpenAsync(Screen.Laptop, "moderator");
        await moderator.SignInAsync("moderator@plaza.test");
        await moderator.GotoAsync("/moderation");
        var queued = moderator.GetByTestId("queue-item").Filter(new() { HasText = rude });
        await queued.GetByTestId("remove-reason").FillAsync("Be kind to neighbours.");
        await queued.GetByTestId("remove").ClickAsync();
        await Expect(moderator.GetByTestId("queue-item").Filter(new() { HasText = rude })).ToHaveCountAsync(0);

        await buyer.GotoAsync(noteUrl);
        await Expect(buyer.GetByTestId("note-title")).ToHaveTextAsync(title);
        await Expect(buyer.GetByTestId("comments")).Not.ToContainTextAsync(rude);
    });
}
