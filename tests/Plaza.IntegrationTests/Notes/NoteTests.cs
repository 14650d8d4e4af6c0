using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Notes;
using Plaza.Web.Modules.Notifications;

namespace Plaza.IntegrationTests.Notes;

public sealed class NoteTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Plaza.Web.Modules.Stores.Store Store, Plaza.Web.Modules.Catalog.Product Product)> ListedProductAsync(long price = 450)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), TestData.Unique("Sourdough"), "", new SkuSpec("STD", price));
        return (store, product);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/notes", body)).ShouldHaveStatus(HttpStatusCode.Created);

    private static async Task<Guid> PostNoteAsync(HttpClient client, string title = "Saturday bake", string body = "Lovely **crust**.",
        Guid? communityId = null) =>
        (await PostAsync(client, new { title, body, communityId })).GetProperty("id").GetGuid();

    private async Task<List<Notification>> NotificationsOf(Guid recipient)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Notification>().Where(n => n.RecipientId == recipient).ToListAsync();
    }

    [Fact]
    public async Task A_zero_byte_photo_added_to_a_note_without_photos_is_a_400_naming_file()
    {
        var author = await factory.CreateAccountAsync();
        var noteId = await PostNoteAsync(author.Client);

        var response = await author.Client.PostAsync($"/api/v1/notes/{noteId}/photos",
            new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.png" } });

        await response.ShouldBeValidationProblem("file");
        await using var scope = factory.Db();
        (await scope.Db.Set<NotePhoto>().CountAsync(p => p.NoteId == noteId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_PNG_photo_on_a_note_keeps_its_pixels_and_loses_its_text_chunks()
    {
        var author = await factory.CreateAccountAsync();
        var noteId = await PostNoteAsync(author.Client);
        var png = TinyPng.Create(3, 2, ("Author", "Erin Qzxv"), ("Comment", "5 Chapel Market, London N1, +447700900777"));

        var added = await (await author.Client.PostAsync($"/api/v1/notes/{noteId}/photos",
            new MultipartFormDataContent { { new ByteArrayContent(png), "file", "jam.png" } })).ShouldHaveStatus(HttpStatusCode.Created);

        var stored = await (await factory.Anonymous().GetAsync(added.GetProperty("url").GetString())).Content.ReadAsByteArrayAsync();
        PictureParts.Of(stored).ShouldNotContain(c => c == "tEXt" || c == "zTXt" || c == "iTXt" || c == "eXIf");
        foreach (var text in new[] { "Erin Qzxv", "Chapel Market", "+447700900777" }) PictureParts.Contains(stored, text).ShouldBeFalse(text);
        using var back = SkiaSharp.SKBitmap.Decode(stored);
        using var sent = SkiaSharp.SKBitmap.Decode(png);
        back.Pixels.ShouldBe(sent.Pixels);
    }

    [Fact]
    public async Task A_note_tagging_a_product_shows_it_with_the_stores_price_and_a_buy_link()
    {
        var (store, product) = await ListedProductAsync(450);
        var author = await factory.CreateAccountAsync(displayName: "Ana");

        var created = await PostAsync(author.Client,
            new { title = "Best loaf in N1", body = "Get it *early*.", products = new[] { new { productId = product.Id, storeId = store.Id } } });
        var id = created.GetProperty("id").GetGuid();
        var read = await (await factory.Anonymous().GetAsync($"/api/v1/notes/{id}")).ShouldHaveStatus(HttpStatusCode.OK);

        read.GetProperty("title").GetString().ShouldBe("Best loaf in N1");
        read.GetProperty("authorName").GetString().ShouldBe("Ana");
        read.GetProperty("bodyHtml").GetString()!.ShouldContain("<em>early</em>");
        var tagged = read.GetProperty("products").EnumerateArray().Single();
        tagged.GetProperty("productId").GetGuid().ShouldBe(product.Id);
        tagged.GetProperty("priceMinor").GetInt64().ShouldBe(450);
        tagged.GetProperty("currency").GetString().ShouldBe("GBP");
        tagged.GetProperty("buyUrl").GetString().ShouldBe($"/stores/{store.Id}/products/{product.Id}?note={id}");
    }

    [Fact]
    public async Task Tagging_a_product_the_store_does_not_list_is_refused_naming_products()
    {
        var (_, product) = await ListedProductAsync();
        var otherStore = await factory.StoreAsync();
        var author = await factory.CreateShopperAsync();

        var response = await author.PostAsJsonAsync("/api/v1/notes",
            new { title = "Wrong shop", products = new[] { new { productId = product.Id, storeId = otherStore.Id } } });

        await response.ShouldBeValidationProblem("products");
    }

    [Fact]
    public async Task A_title_over_120_characters_is_refused_and_nothing_is_stored()
    {
        var author = await factory.CreateAccountAsync();

        await (await author.Client.PostAsJsonAsync("/api/v1/notes", new { title = new string('a', 121) })).ShouldBeValidationProblem("title");
        await (await author.Client.PostAsJsonAsync("/api/v1/notes", new { title = "" })).ShouldBeValidationProblem("title");

        await using var scope = factory.Db();
        (await scope.Db.Set<Note>().CountAsync(n => n.AuthorAccountId == author.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_users_note_in_a_private_community_is_not_found_for_outsiders()
    {
        var owner = await factory.CreateAccountAsync();
        var community = await (await owner.Client.PostAsJsonAsync("/api/v1/communities",
            new { name = TestData.Unique("Secret bakers"), kind = "theme", visibility = "private", description = "" }))
                .ShouldHaveStatus(HttpStatusCode.Created);
        var communityId = community.GetProperty("id").GetGuid();
        var id = await PostNoteAsync(owner.Client, communityId: communityId);
        var outsider = await factory.CreateShopperAsync();

        (await outsider.GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.Anonymous().GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.PostAsync($"/api/v1/notes/{id}/like", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/v1/communities/{communityId}/notes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var byAuthor = await (await outsider.GetAsync($"/api/v1/people/{owner.Id}/notes")).ShouldHaveStatus(HttpStatusCode.OK);
        byAuthor.GetProperty("items").GetArrayLength().ShouldBe(0);
        (await owner.Client.GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var inCommunity = await (await owner.Client.GetAsync($"/api/v1/communities/{communityId}/notes")).ShouldHaveStatus(HttpStatusCode.OK);
        inCommunity.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(id);
    }

    [Fact]
    public async Task Posting_into_a_community_one_is_not_a_member_of_returns_409()
    {
        var owner = await factory.CreateAccountAsync();
        var community = await (await owner.Client.PostAsJsonAsync("/api/v1/communities",
            new { name = TestData.Unique("Open bakers"), kind = "theme", visibility = "public", description = "" })).ShouldHaveStatus(HttpStatusCode.Created);
        var stranger = await factory.CreateShopperAsync();

        var response = await stranger.PostAsJsonAsync("/api/v1/notes", new { title = "Hello", communityId = community.GetProperty("id").GetGuid() });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "not_a_member");
    }

    [Fact]
    public async Task Script_and_markup_in_the_body_are_rendered_harmless()
    {
        // The classifier rightly finds this spammy; this test is about rendering, so the checks allow it and the real renderer renders it.
        var real = factory.Services.GetRequiredService<IContentPipeline>();
        await using var allowing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<IContentPipeline>();
            s.AddSingleton<IContentPipeline>(new AllowingPipeline(real));
        }));
        var account = await factory.CreateAccountAsync();
        var author = allowing.CreateClient();
        author.DefaultRequestHeaders.Authorization = new("Bearer", account.Token);
        var id = await PostNoteAsync(author, title: "<script>alert(1)</script>",
            body: "We baked bread together today <script>alert(1)</script> and it was [lovely](javascript:alert(1)) <img src=x onerror=alert(1)> with butter.");

        var read = await (await allowing.CreateClient().GetAsync($"/api/v1/notes/{id}")).ShouldHaveStatus(HttpStatusCode.OK);

        var html = read.GetProperty("bodyHtml").GetString()!;
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("javascript:", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        read.GetProperty("title").GetString().ShouldBe("<script>alert(1)</script>"); // plain text: pages encode it
    }

    [Fact]
    public async Task Liking_twice_counts_once_and_unliking_takes_it_back()
    {
        var author = await factory.CreateAccountAsync();
        var id = await PostNoteAsync(author.Client);
        var fan = await factory.CreateShopperAsync();

        await (await fan.PostAsync($"/api/v1/notes/{id}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var second = await (await fan.PostAsync($"/api/v1/notes/{id}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);
        second.GetProperty("likeCount").GetInt32().ShouldBe(1);
        second.GetProperty("likedByMe").GetBoolean().ShouldBeTrue();
        var undone = await (await fan.DeleteAsync($"/api/v1/notes/{id}/like")).ShouldHaveStatus(HttpStatusCode.OK);
        undone.GetProperty("likeCount").GetInt32().ShouldBe(0);
        await (await fan.PostAsync($"/api/v1/notes/{id}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);

        (await NotificationsOf(author.Id)).Count(n => n.Kind == "Like").ShouldBe(1);
    }

    [Fact]
    public async Task Twenty_concurrent_likes_count_twenty()
    {
        var author = await factory.CreateShopperAsync();
        var id = await PostNoteAsync(author);
        var fans = new List<HttpClient>();
        for (var i = 0; i < 20; i++) fans.Add(await factory.CreateShopperAsync());

        var responses = await Task.WhenAll(fans.Select(f => f.PostAsync($"/api/v1/notes/{id}/like", null)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        await using var scope = factory.Db();
        (await scope.Db.Set<Note>().Where(n => n.Id == id).Select(n => n.LikeCount).SingleAsync()).ShouldBe(20);
        (await scope.Db.Set<NoteLike>().CountAsync(l => l.NoteId == id)).ShouldBe(20);
    }

    [Fact]
    public async Task Saving_puts_the_note_in_my_saved_list_once()
    {
        var author = await factory.CreateShopperAsync();
        var id = await PostNoteAsync(author);
        var reader = await factory.CreateShopperAsync();

        await (await reader.PostAsync($"/api/v1/notes/{id}/save", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var again = await (await reader.PostAsync($"/api/v1/notes/{id}/save", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var saved = await (await reader.GetAsync("/api/v1/me/saved")).ShouldHaveStatus(HttpStatusCode.OK);

        again.GetProperty("saveCount").GetInt32().ShouldBe(1);
        saved.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    [Fact]
    public async Task A_comment_notifies_the_author_a_reply_the_commenter_and_a_mention_the_mentioned()
    {
        var author = await factory.CreateAccountAsync(displayName: "Ana");
        var commenter = await factory.CreateAccountAsync(displayName: "Ben");
        var replier = await factory.CreateAccountAsync(displayName: "Cy");
        var mentioned = await factory.CreateAccountAsync(displayName: "Quinn");
        var id = await PostNoteAsync(author.Client);

        var comment = await (await commenter.Client.PostAsJsonAsync($"/api/v1/notes/{id}/comments", new { text = $"Ask @[Quinn]({mentioned.Id}) too" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var commentId = comment.GetProperty("id").GetGuid();
        await (await replier.Client.PostAsJsonAsync($"/api/v1/notes/{id}/comments/{commentId}/replies", new { text = "Agreed!" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var list = await (await factory.Anonymous().GetAsync($"/api/v1/notes/{id}/comments")).ShouldHaveStatus(HttpStatusCode.OK);
        var note = await (await factory.Anonymous().GetAsync($"/api/v1/notes/{id}")).ShouldHaveStatus(HttpStatusCode.OK);

        comment.GetProperty("text").GetString().ShouldBe("Ask @Quinn too");
        var top = list.EnumerateArray().Single();
        top.GetProperty("replies").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("Agreed!");
        note.GetProperty("commentCount").GetInt32().ShouldBe(2);
        (await NotificationsOf(author.Id)).Select(n => n.Kind).OrderBy(k => k).ShouldBe(["Comment", "Comment"]);
        (await NotificationsOf(commenter.Id)).Select(n => n.Kind).ShouldBe(["Reply"]);
        (await NotificationsOf(mentioned.Id)).Select(n => n.Kind).ShouldBe(["Mention"]);
        (await NotificationsOf(replier.Id)).ShouldBeEmpty();
        await using var scope = factory.Db();
        (await scope.Db.Set<NoteComment>().Where(c => c.Id == commentId).Select(c => c.Text).SingleAsync()).ShouldNotContain("Quinn");
    }

    [Fact]
    public async Task Only_the_author_deletes_a_comment_and_the_count_goes_back()
    {
        var author = await factory.CreateShopperAsync();
        var id = await PostNoteAsync(author);
        var commenter = await factory.CreateShopperAsync();
        var comment = await (await commenter.PostAsJsonAsync($"/api/v1/notes/{id}/comments", new { text = "Nice" })).ShouldHaveStatus(HttpStatusCode.Created);
        var commentId = comment.GetProperty("id").GetGuid();

        await (await author.DeleteAsync($"/api/v1/notes/{id}/comments/{commentId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "not_the_author");
        (await commenter.DeleteAsync($"/api/v1/notes/{id}/comments/{commentId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var note = await (await author.GetAsync($"/api/v1/notes/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        note.GetProperty("commentCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task The_author_edits_and_deletes_a_note_and_others_cannot()
    {
        var author = await factory.CreateShopperAsync();
        var id = await PostNoteAsync(author);
        var other = await factory.CreateShopperAsync();

        await (await other.PutAsJsonAsync($"/api/v1/notes/{id}", new { title = "Mine now" })).ShouldBeProblem(HttpStatusCode.Forbidden, "not_the_author");
        var edited = await (await author.PutAsJsonAsync($"/api/v1/notes/{id}", new { title = "Sunday bake", body = "Even better." }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        edited.GetProperty("title").GetString().ShouldBe("Sunday bake");
        (await other.DeleteAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await author.DeleteAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await author.GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_persons_notes_are_listed_newest_first_with_a_cursor()
    {
        var author = await factory.CreateAccountAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await PostNoteAsync(author.Client, title: $"Note {i}"));

        var first = await (await factory.Anonymous().GetAsync($"/api/v1/people/{author.Id}/notes?limit=2")).ShouldHaveStatus(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await factory.Anonymous().GetAsync($"/api/v1/people/{author.Id}/notes?limit=2&cursor={cursor}"))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var all = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(n => n.GetProperty("id").GetGuid())
            .ToList();
        all.ShouldBe(ids.OrderByDescending(x => x).ToList());
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Erasing_with_remove_deletes_the_notes_and_with_anonymise_keeps_them()
    {
        var keeper = await factory.CreateAccountAsync();
        var kept = await PostNoteAsync(keeper.Client);
        var remover = await factory.CreateAccountAsync();
        var removed = await PostNoteAsync(remover.Client);
        await (await keeper.Client.PostAsync($"/api/v1/notes/{removed}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await remover.Client.PostAsync($"/api/v1/notes/{kept}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await keeper.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "anonymise" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await remover.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "remove" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);

        var read = await (await factory.Anonymous().GetAsync($"/api/v1/notes/{kept}")).ShouldHaveStatus(HttpStatusCode.OK);
        read.GetProperty("authorName").GetString().ShouldBe("Deleted user");
        read.GetProperty("likeCount").GetInt32().ShouldBe(0);
        (await factory.Anonymous().GetAsync($"/api/v1/notes/{removed}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = factory.Db();
        (await scope.Db.Set<Note>().AnyAsync(n => n.Id == removed)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_note_page_shows_the_tagged_product_with_price_and_a_buy_button_and_the_profile_lists_the_note()
    {
        var (store, product) = await ListedProductAsync(1250);
        var author = await factory.CreateAccountAsync(displayName: "Ana");
        var created = await PostAsync(author.Client, new { title = "Cheese for the weekend", body = "Try the *aged* one.",
            products = new[] { new { productId = product.Id, storeId = store.Id } } });
        var id = created.GetProperty("id").GetGuid();

        var page = await factory.Anonymous().GetStringAsync($"/notes/{id}");
        var profile = await factory.Anonymous().GetStringAsync($"/people/{author.Id}");

        page.ShouldContain("Cheese for the weekend");
        page.ShouldContain("<em>aged</em>");
        page.ShouldContain("data-testid=\"tagged-price\">£12.50<");
        page.ShouldContain($"href=\"/stores/{store.Id}/products/{product.Id}?note={id}\"");
        profile.ShouldContain($"/notes/{id}");
        (await factory.Anonymous().GetAsync($"/notes/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_note_the_pipeline_holds_is_seen_only_by_its_author()
    {
        await using var holding = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<IContentPipeline>();
            s.AddSingleton<IContentPipeline>(new HoldingPipeline());
        }));
        var account = await factory.CreateAccountAsync();
        var author = holding.CreateClient();
        author.DefaultRequestHeaders.Authorization = new("Bearer", account.Token);

        var created = await PostAsync(author, new { title = "Not sure about this one", body = "Hmm." });
        var id = created.GetProperty("id").GetGuid();

        created.GetProperty("status").GetString().ShouldBe("pending");
        (await author.GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.Anonymous().GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = await (await factory.Anonymous().GetAsync($"/api/v1/people/{account.Id}/notes")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_Notes_operations_and_reading_needs_no_token()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        bool Secured(string path, string method) =>
            paths.GetProperty(path).GetProperty(method).TryGetProperty("security", out var s) && s.GetArrayLength() > 0;
        string Tag(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("tags")[0].GetString()!;

        Secured("/api/v1/notes", "post").ShouldBeTrue();
        Secured("/api/v1/notes/{id}/like", "post").ShouldBeTrue();
        Secured("/api/v1/notes/{id}/comments", "post").ShouldBeTrue();
        Secured("/api/v1/me/saved", "get").ShouldBeTrue();
        Secured("/api/v1/notes/{id}", "get").ShouldBeFalse();
        Secured("/api/v1/notes/{id}/comments", "get").ShouldBeFalse();
        new[] { Tag("/api/v1/notes", "post"), Tag("/api/v1/notes/{id}", "get"), Tag("/api/v1/communities/{communityId}/notes", "get"),
            Tag("/api/v1/me/saved", "get") }
            .ShouldAllBe(t => t == "Notes");
    }

    /// <summary>A pipeline that is unsure about everything: every text waits for a moderator.</summary>
    private sealed class HoldingPipeline : IContentPipeline
    {
        public Task<ContentVerdict> Check(ContentSubmission submission, CancellationToken ct) =>
            Task.FromResult(new ContentVerdict(ContentDecision.Hold, [new(ContentReasons.SpamSuspected, "markdown")], 0.5));

        public string RenderMarkdown(string markdown) => System.Net.WebUtility.HtmlEncode(markdown);
    }

    /// <summary>Allows everything, renders with the real sanitizing renderer.</summary>
    private sealed class AllowingPipeline(IContentPipeline real) : IContentPipeline
    {
        public Task<ContentVerdict> Check(ContentSubmission submission, CancellationToken ct) =>
            Task.FromResult(new ContentVerdict(ContentDecision.Allow, [], 0));

        public string RenderMarkdown(string markdown) => real.RenderMarkdown(markdown);
    }
}
