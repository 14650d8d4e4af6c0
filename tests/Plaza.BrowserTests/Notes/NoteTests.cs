using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Notes;

[Collection(BrowserCollection.Name)]
public sealed class NoteTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_posts_a_note_tagging_a_product_and_a_neighbour_likes_and_comments_on_it() => app.RunSceneAsync(async scene =>
    {
        using var authorApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var neighbourApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var store = await authorApi.IslingtonAsync();
        var item = await authorApi.InStockItemAsync(store.Id, "bread");
        var author = await scene.OpenAsync(Screen.Phone, "author");
        await author.SignInAsync(authorApi.Login);

        await author.GotoAsync($"/stores/{store.Id}/products/{item.ProductId}");
        await author.GetByTestId("write-note").ClickAsync();
        await author.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var title = "Our Saturday loaf " + Guid.NewGuid().ToString("N")[..6];
        await author.GetByTestId("note-title").FillAsync(title);
        await author.GetByTestId("note-body").FillAsync("We had it with soup and it was *very* good.");
        await author.GetByTestId("note-submit").ClickAsync();

        await Expect(author.GetByTestId("note-title")).ToHaveTextAsync(title);
        await Expect(author.GetByTestId("tagged-products")).ToContainTextAsync(item.ProductName);
        await Expect(author.GetByTestId("buy"))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/stores/{store.Id}/products/{item.ProductId}"));
        await author.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var noteUrl = author.Url;

        var neighbour = await scene.OpenAsync(Screen.Laptop, "neighbour");
        await neighbour.SignInAsync(neighbourApi.Login);
        await neighbour.GotoAsync(noteUrl);
        await neighbour.GetByTestId("like").ClickAsync();
        await Expect(neighbour.GetByTestId("like-count")).ToHaveTextAsync("1");
        await neighbour.GetByTestId("comment-text").FillAsync("That looks lovely, thank you for sharing.");
        await neighbour.GetByTestId("comment-submit").ClickAsync();
        await Expect(neighbour.GetByTestId("comments")).ToContainTextAsync("That looks lovely");
        await neighbour.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });
}
