using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Notes;

[Collection(BrowserCollection.Name)]
public sealed class NoteOrderAndEditTests(BrowserFixture app)
{
    [Fact]
    public Task A_reader_buys_a_product_from_a_note_and_the_author_sees_the_order_on_the_note() => app.RunSceneAsync(async scene =>
    {
        using var authorApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var readerApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var store = await authorApi.IslingtonAsync();
        var item = await authorApi.InStockItemAsync(store.Id, "bread");
        var noteId = await authorApi.PostNoteAsync("Bread worth the queue " + Guid.NewGuid().ToString("N")[..6], store.Id, item.ProductId);

        var reader = await scene.OpenAsync(Screen.Phone, "reader");
        await reader.SignInAsync(readerApi.Login);
        await reader.ChooseStoreAsync(Storefront.Islington);
        await reader.GotoAsync($"/notes/{noteId}");
        await reader.GetByTestId("buy").ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1, Name = item.ProductName, Exact = true })).ToBeVisibleAsync();
        await reader.AddToCartAsync();
        await reader.OpenCartAsync();
        await reader.MainContent().GetByRole(AriaRole.Link, new() { Name = "Checkout", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Radio, new() { Name = "Pick up" }).CheckAsync();
        await reader.GetByRole(AriaRole.Radio, new() { Name = Storefront.IslingtonParcelLockers }).CheckAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await reader.WaitForURLAsync(new Regex("/sandbox/checkout/"));
        await reader.GetByRole(AriaRole.Button, new() { Name = "Approve payment" }).ClickAsync();
        await Expect(reader.GetByText("Your payment is confirmed.")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The reader sees no count; the author does.
        await reader.GotoAsync($"/notes/{noteId}");
        await Expect(reader.GetByTestId("note-orders")).ToHaveCountAsync(0);
        var author = await scene.OpenAsync(Screen.Laptop, "author");
        await author.SignInAsync(authorApi.Login);
        await author.GotoAsync($"/notes/{noteId}");
        await Expect(author.GetByTestId("note-orders")).ToHaveTextAsync("Orders started from this note: 1");
        await author.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task An_author_tags_a_product_with_the_picker_then_edits_the_note() => app.RunAsync(Screen.Phone, async page =>
    {
        using var authorApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        await page.SignInAsync(authorApi.Login);
        await page.ChooseStoreAsync(Storefront.Islington);
        var title = "Picnic finds " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/notes/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Your story").FillAsync("Everything we took to the park.");
        await page.GetByLabel($"Search products at {Storefront.Islington}").FillAsync("bread");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search products" }).ClickAsync();
        var results = page.GetByTestId("picker-results");
        await Expect(results).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Your story")).ToHaveValueAsync("Everything we took to the park.");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var first = results.GetByRole(AriaRole.Checkbox).First;
        var productName = (await results.Locator("label").First.Locator("span").InnerTextAsync()).Trim();
        await first.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Post note" }).ClickAsync();

        await Expect(page.GetByTestId("note-title")).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("tagged-products")).ToContainTextAsync(productName);
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Edit note" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(Regex.Escape(productName)) })).ToBeCheckedAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Title").FillAsync(title + " (updated)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.GetByTestId("note-title")).ToHaveTextAsync(title + " (updated)");
    });
}
