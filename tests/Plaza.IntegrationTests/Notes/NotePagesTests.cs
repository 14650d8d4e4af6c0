using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Notes;

namespace Plaza.IntegrationTests.Notes;

/// <summary>The note pages as a browser without JavaScript uses them: the product picker, the edit page, the author's order count.</summary>
public sealed partial class NotePagesTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    /// <summary>A browser signed in as <paramref name="token"/> (the session cookie), keeping cookies and not following redirects.</summary>
    private HttpClient Browser(string? token, Guid? chosenStore = null)
    {
        var cookies = new CookieContainerHandler();
        if (token is not null) cookies.Container.Add(new Uri("http://localhost"), new Cookie("plaza_session", token));
        if (chosenStore is { } s) cookies.Container.Add(new Uri("http://localhost"), new Cookie("plaza_store", s.ToString()));
        return factory.CreateDefaultClient(cookies);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string pageUrl, string postUrl,
        IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetStringAsync(pageUrl);
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", Token().Match(page).Groups[1].Value) };
        return await browser.PostAsync(postUrl, new FormUrlEncodedContent(form));
    }

    private async Task<(Plaza.Web.Modules.Stores.Store Store, Plaza.Web.Modules.Catalog.Product Product)> ListedAsync(string name)
    {
        var store = await factory.StoreAsync();
        return (store, await factory.ProductAsync(store, await factory.CategoryAsync(), name, "", new SkuSpec("STD", 300, 20)));
    }

    private static async Task<Guid> PostNoteAsync(HttpClient api, string title, params (Guid StoreId, Guid ProductId)[] tags) =>
        (await (await api.PostAsJsonAsync("/api/v1/notes",
            new { title, body = "First draft.", products = tags.Select(t => new { productId = t.ProductId, storeId = t.StoreId }) }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [Fact]
    public async Task Searching_in_the_picker_keeps_the_draft_and_lists_matching_products_to_tick_then_posting_tags_them()
    {
        var word = "Quince" + Guid.NewGuid().ToString("N")[..6];
        var (store, product) = await ListedAsync($"{word} jam");
        var author = await factory.CreateAccountAsync();
        var browser = Browser(author.Token, store.Id);

        var searched = await SubmitAsync(browser, "/notes/new", "/notes/new", [
            new("Input.Title", "Breakfast"), new("Input.Body", "My draft stays."), new("Input.ProductQuery", word), new("Input.Action", "search")]);
        var html = await searched.Content.ReadAsStringAsync();
        var posted = await SubmitAsync(browser, "/notes/new", "/notes/new", [
            new("Input.Title", "Breakfast"), new("Input.Body", "My draft stays."), new("Input.Tags", $"{store.Id}:{product.Id}")]);

        searched.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("My draft stays.");
        html.ShouldContain($"value=\"{store.Id}:{product.Id}\"");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var noteId = Guid.Parse(posted.Headers.Location!.ToString().Split('/')[^1]);
        await using var scope = factory.Db();
        (await scope.Db.Set<NoteProduct>().Where(p => p.NoteId == noteId).Select(p => p.ProductId).ToListAsync()).ShouldBe([product.Id]);
    }

    [Fact]
    public async Task Write_a_note_from_a_product_page_comes_with_the_product_ticked()
    {
        var (store, product) = await ListedAsync("Plum jam");
        var author = await factory.CreateAccountAsync();

        var html = await Browser(author.Token).GetStringAsync($"/notes/new?store={store.Id}&product={product.Id}");

        Regex.IsMatch(html, $"value=\"{store.Id}:{product.Id}\" checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_author_can_open_the_edit_page_and_saving_changes_the_title_and_tags()
    {
        var (store, product) = await ListedAsync("Apricot jam");
        var (otherStore, other) = await ListedAsync("Fig jam");
        var author = await factory.CreateAccountAsync();
        var stranger = await factory.CreateAccountAsync();
        var noteId = await PostNoteAsync(author.Client, "Jam day", (store.Id, product.Id));
        var browser = Browser(author.Token);

        var strangers = await Browser(stranger.Token).GetAsync($"/notes/{noteId}/edit");
        var anonymous = await Browser(null).GetAsync($"/notes/{noteId}/edit");
        var form = await browser.GetStringAsync($"/notes/{noteId}/edit");
        var saved = await SubmitAsync(browser, $"/notes/{noteId}/edit", $"/notes/{noteId}/edit", [
            new("Input.Title", "Jam day, updated"), new("Input.Body", "Better now."), new("Input.Tags", $"{otherStore.Id}:{other.Id}")]);

        strangers.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.ShouldContain("Jam day");
        form.ShouldContain($"value=\"{store.Id}:{product.Id}\" checked");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe($"/notes/{noteId}");
        await using var scope = factory.Db();
        var note = await scope.Db.Set<Note>().AsNoTracking().Include(n => n.Products).SingleAsync(n => n.Id == noteId);
        (note.Title, note.Body, note.EditedAtUtc is not null).ShouldBe(("Jam day, updated", "Better now.", true));
        note.Products.Select(p => p.ProductId).ShouldBe([other.Id]);
    }

    [Fact]
    public async Task The_author_removes_a_photo_through_the_api_and_nobody_else_can()
    {
        var author = await factory.CreateAccountAsync();
        var stranger = await factory.CreateAccountAsync();
        var noteId = await PostNoteAsync(author.Client, "With a photo");
        var upload = new MultipartFormDataContent { { new ByteArrayContent(TinyPng.Create(2, 2)), "file", "p.png" } };
        var photo = await (await author.Client.PostAsync($"/api/v1/notes/{noteId}/photos", upload)).ShouldHaveStatus(HttpStatusCode.Created);
        var photoId = photo.GetProperty("id").GetGuid();

        var byStranger = await stranger.Client.DeleteAsync($"/api/v1/notes/{noteId}/photos/{photoId}");
        var byAuthor = await author.Client.DeleteAsync($"/api/v1/notes/{noteId}/photos/{photoId}");
        var again = await author.Client.DeleteAsync($"/api/v1/notes/{noteId}/photos/{photoId}");

        byStranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        byAuthor.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = factory.Db();
        (await scope.Db.Set<NotePhoto>().CountAsync(p => p.NoteId == noteId)).ShouldBe(0);
    }

    [Fact]
    public async Task The_author_sees_how_many_paid_orders_started_from_the_note_and_others_do_not()
    {
        var (store, product) = await ListedAsync("Damson jam");
        var author = await factory.CreateAccountAsync();
        var reader = await factory.CreateAccountAsync();
        var noteId = await PostNoteAsync(author.Client, "Damsons", (store.Id, product.Id));
        var placed = await (await reader.Client.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = store.Id, fulfilment = "pickup", pickupPointId = store.PickupPoints[0].Id,
            lines = new[] { new { skuId = product.Skus[0].Id, quantity = 1, noteId = noteId.ToString() } },
        })).ShouldHaveStatus(HttpStatusCode.Created);
        await factory.PayAsync(reader.Client, placed.GetProperty("id").GetGuid());

        var authorsView = await Browser(author.Token).GetStringAsync($"/notes/{noteId}");
        var readersView = await Browser(reader.Token).GetStringAsync($"/notes/{noteId}");

        authorsView.ShouldContain("Orders started from this note: 1");
        authorsView.ShouldContain($"href=\"/notes/{noteId}/edit\"");
        readersView.ShouldNotContain("Orders started from this note");
        readersView.ShouldNotContain("/edit\"");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
