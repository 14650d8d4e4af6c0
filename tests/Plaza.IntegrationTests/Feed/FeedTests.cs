using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;

namespace Plaza.IntegrationTests.Feed;

public sealed class FeedTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Item(Guid Id, Guid AuthorId);

    /// <summary>
    /// Posts a note and checks the pipeline let it through (so a missing note is the feed's doing). The clock
    /// moves on 21 minutes first: these authors are new accounts, allowed 3 notes an hour.
    /// </summary>
    private async Task<Guid> PostNoteAsync(HttpClient client, string title, Guid? communityId = null, object[]? products = null, bool published = true)
    {
        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        var note = await (await client.PostAsJsonAsync("/api/v1/notes", new { title, body = "Good bread at a fair price.", communityId, products }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        if (published) note.GetProperty("status").GetString().ShouldBe("published", title);
        return note.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> CommunityAsync(HttpClient owner, string visibility = "public", string kind = "theme", Guid? storeId = null) =>
        (await (await owner.PostAsJsonAsync("/api/v1/communities",
            new { name = TestData.Unique("Bakers"), kind, storeId, visibility, description = "" })).ShouldHaveStatus(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<(List<Item> Items, string? Next)> PageAsync(HttpClient client, string tab, string? cursor = null, int? limit = null)
    {
        var url = $"/api/v1/feed?tab={tab}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)) + (limit is null ? "" : $"&limit={limit}");
        var page = await (await client.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.OK);
        var items = page.GetProperty("items").EnumerateArray()
            .Select(i => new Item(i.GetProperty("id").GetGuid(), i.GetProperty("authorAccountId").GetGuid())).ToList();
        var next = page.GetProperty("nextCursor") is { ValueKind: JsonValueKind.String } n ? n.GetString() : null;
        return (items, next);
    }

    /// <summary>Every page of a tab, in order; <paramref name="between"/> runs after the first page.</summary>
    private static async Task<List<List<Item>>> AllPagesAsync(HttpClient client, string tab, int limit, Func<Task>? between = null)
    {
        var pages = new List<List<Item>>();
        string? cursor = null;
        do
        {
            var (items, next) = await PageAsync(client, tab, cursor, limit);
            pages.Add(items);
            if (pages.Count == 1 && between is not null) await between();
            cursor = next;
        } while (cursor is not null && pages.Count < 100);
        return pages;
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string tab) =>
        (await AllPagesAsync(client, tab, 50)).SelectMany(p => p).Select(i => i.Id).ToList();

    private async Task<TestAccount> ModeratorAsync()
    {
        var moderator = await factory.CreateAccountAsync(displayName: "Test Moderator");
        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().SingleAsync(a => a.Id == moderator.Id)).GrantRole(Roles.Moderator);
        await scope.Db.SaveChangesAsync();
        return moderator;
    }

    [Fact]
    public async Task Following_shows_followed_people_joined_communities_and_followed_stores_and_nothing_else()
    {
        var me = await factory.CreateAccountAsync(displayName: "Mia");
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        var stranger = await factory.CreateAccountAsync(displayName: "Stranger");
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), TestData.Unique("Rye"), "", new SkuSpec("STD", 300));
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var storeCommunity = await CommunityAsync(staff.Client, kind: "store", storeId: store.Id);
        var joined = await CommunityAsync(stranger.Client);
        var notJoined = await CommunityAsync(stranger.Client);
        await (await me.Client.PostAsync($"/api/v1/communities/{joined}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await me.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await me.Client.PostAsJsonAsync("/api/v1/follows", new { storeId = store.Id })).ShouldHaveStatus(HttpStatusCode.Created);

        var byAna = await PostNoteAsync(ana.Client, "Ana's plums");
        var inJoined = await PostNoteAsync(stranger.Client, "In the joined community", joined);
        var inStoreCommunity = await PostNoteAsync(staff.Client, "Rye bread from the corner shop", storeCommunity);
        var taggingStore = await PostNoteAsync(stranger.Client, "This rye!", products: [new { productId = product.Id, storeId = store.Id }]);
        var mine = await PostNoteAsync(me.Client, "My own note");
        var byStranger = await PostNoteAsync(stranger.Client, "Nobody follows me");
        var inOtherCommunity = await PostNoteAsync(stranger.Client, "In a community I did not join", notJoined);

        var following = await IdsAsync(me.Client, "following");

        following.ShouldBe([mine, taggingStore, inStoreCommunity, inJoined, byAna]); // newest first
        following.ShouldNotContain(byStranger);
        following.ShouldNotContain(inOtherCommunity);
    }

    [Fact]
    public async Task Following_needs_sign_in_and_bad_input_is_a_400_naming_the_field()
    {
        var anonymous = factory.Anonymous();
        var shopper = await factory.CreateShopperAsync();
        var (_, _) = await PageAsync(anonymous, "discover");
        var followingCursor = Convert.ToBase64String([(byte)'F', .. Guid.CreateVersion7().ToByteArray()]).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        (await anonymous.GetAsync("/api/v1/feed?tab=following")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await shopper.GetAsync("/api/v1/feed?tab=popular")).ShouldBeValidationProblem("tab");
        await (await shopper.GetAsync("/api/v1/feed?tab=discover&cursor=not-a-cursor!")).ShouldBeValidationProblem("cursor");
        await (await shopper.GetAsync("/api/v1/feed?tab=following&cursor=AAAA")).ShouldBeValidationProblem("cursor");
        await (await shopper.GetAsync($"/api/v1/feed?tab=discover&cursor={followingCursor}")).ShouldBeValidationProblem("cursor");
        await (await shopper.GetAsync("/api/v1/feed?tab=discover&limit=0")).ShouldBeValidationProblem("limit");
        await (await shopper.GetAsync("/api/v1/feed?tab=discover&limit=51")).ShouldBeValidationProblem("limit");
        (await shopper.GetAsync($"/api/v1/feed?tab=following&cursor={followingCursor}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Removed_and_held_notes_never_appear_in_either_tab()
    {
        var me = await factory.CreateAccountAsync();
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        await (await me.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        var toRemove = await PostNoteAsync(ana.Client, "Soon removed");
        (await IdsAsync(me.Client, "following")).ShouldContain(toRemove);
        (await IdsAsync(me.Client, "discover")).ShouldContain(toRemove);
        await using var holding = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<IContentPipeline>();
            s.AddSingleton<IContentPipeline>(new HoldingPipeline());
        }));
        var anaHeld = holding.CreateClient();
        anaHeld.DefaultRequestHeaders.Authorization = new("Bearer", ana.Token);
        var held = await PostNoteAsync(anaHeld, "Waiting for a moderator", published: false);

        var moderator = await ModeratorAsync();
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/note/{toRemove}/remove", new { reason = "Not a shopping experience" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        foreach (var (client, tab) in new[] { (me.Client, "following"), (me.Client, "discover"), (factory.Anonymous(), "discover"), (ana.Client, "following"),
            (ana.Client, "discover") })
        {
            var ids = await IdsAsync(client, tab);
            ids.ShouldNotContain(toRemove, $"{tab}");
            ids.ShouldNotContain(held, $"{tab}");
        }
    }

    [Fact]
    public async Task Notes_in_a_private_community_are_only_for_its_approved_members()
    {
        var owner = await factory.CreateAccountAsync(displayName: "Owner");
        var member = await factory.CreateAccountAsync(displayName: "Member");
        var asking = await factory.CreateAccountAsync(displayName: "Asking");
        var outsider = await factory.CreateAccountAsync(displayName: "Outsider");
        var community = await CommunityAsync(owner.Client, "private");
        await (await member.Client.PostAsync($"/api/v1/communities/{community}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await owner.Client.PostAsync($"/api/v1/communities/{community}/requests/{member.Id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await asking.Client.PostAsync($"/api/v1/communities/{community}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);
        foreach (var follower in new[] { member, asking, outsider })
            await (await follower.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = owner.Id })).ShouldHaveStatus(HttpStatusCode.Created);

        var secret = await PostNoteAsync(owner.Client, "Our bakers circle met at the market", community);
        var open = await PostNoteAsync(owner.Client, "For everyone");

        (await IdsAsync(member.Client, "following")).ShouldContain(secret);
        (await IdsAsync(member.Client, "discover")).ShouldContain(secret);
        foreach (var (client, tab) in new[] { (asking.Client, "following"), (asking.Client, "discover"), (outsider.Client, "following"),
            (outsider.Client, "discover"), (factory.Anonymous(), "discover") })
        {
            var ids = await IdsAsync(client, tab);
            ids.ShouldNotContain(secret, tab);
            ids.ShouldContain(open, tab);
        }
    }

    [Fact]
    public async Task A_suspended_authors_notes_leave_the_feed_while_the_suspension_lasts()
    {
        var me = await factory.CreateAccountAsync();
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        await (await me.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        var note = await PostNoteAsync(ana.Client, "Before the suspension");
        var moderator = await ModeratorAsync();

        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{ana.Id}/suspend", new { days = 3, reason = "Spam" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        (await IdsAsync(me.Client, "following")).ShouldNotContain(note);
        (await IdsAsync(me.Client, "discover")).ShouldNotContain(note);
        await (await moderator.Client.PostAsync($"/api/v1/moderation/accounts/{ana.Id}/unsuspend", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await IdsAsync(me.Client, "following")).ShouldContain(note);
    }

    [Fact]
    public async Task Paging_through_following_gives_each_note_once_even_when_a_note_is_posted_between_pages()
    {
        var me = await factory.CreateAccountAsync();
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        await (await me.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        var notes = new List<Guid>();
        for (var i = 0; i < 7; i++) notes.Add(await PostNoteAsync(ana.Client, $"Market day {i}"));
        Guid? late = null;

        var pages = await AllPagesAsync(me.Client, "following", 3, async () => late = await PostNoteAsync(ana.Client, "Posted while paging"));

        pages.Select(p => p.Count).ShouldBe([3, 3, 1]);
        pages.SelectMany(p => p).Select(i => i.Id).ShouldBe(Enumerable.Reverse(notes));
        (await PageAsync(me.Client, "following", limit: 1)).Items.Single().Id.ShouldBe(late!.Value); // the next visit starts with it
    }

    [Fact]
    public async Task Paging_through_discover_gives_each_note_once_with_at_most_two_by_one_author_a_page_and_never_two_in_a_row()
    {
        var prolific = await factory.CreateAccountAsync(displayName: "Prolific");
        var others = new List<TestAccount>();
        for (var i = 0; i < 3; i++) others.Add(await factory.CreateAccountAsync(displayName: $"Other {i}"));
        var mine = new List<Guid>();
        for (var i = 0; i < 8; i++) mine.Add(await PostNoteAsync(prolific.Client, $"Deal {i}"));
        foreach (var o in others) mine.Add(await PostNoteAsync(o.Client, "A fine loaf"));
        var liker = await factory.CreateShopperAsync();
        for (var i = 0; i < 8; i++) await (await liker.PostAsync($"/api/v1/notes/{mine[i]}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var reader = await factory.CreateShopperAsync();
        Guid? late = null;

        var pages = await AllPagesAsync(reader, "discover", 4, async () =>
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
            late = await PostNoteAsync(others[0].Client, "Posted while paging");
            foreach (var id in mine.Skip(8)) await (await liker.PostAsync($"/api/v1/notes/{id}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);
        });

        var all = pages.SelectMany(p => p).Select(i => i.Id).ToList();
        all.ShouldBeUnique();
        mine.ShouldBeSubsetOf(all); // every note once, none skipped
        all.ShouldNotContain(late!.Value); // written after the first page: it waits for the next visit
        foreach (var page in pages)
        {
            page.Count.ShouldBeLessThanOrEqualTo(4);
            page.GroupBy(i => i.AuthorId).ShouldAllBe(g => g.Count() <= 2);
            page.Zip(page.Skip(1)).ShouldAllBe(p => p.First.AuthorId != p.Second.AuthorId);
        }
        pages.SelectMany(p => p).Count(i => i.AuthorId == prolific.Id).ShouldBe(8);
        (await IdsAsync(reader, "discover")).ShouldContain(late!.Value);
    }

    [Fact]
    public async Task The_feed_is_in_the_OpenAPI_document_and_reading_it_needs_no_token()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var get = doc.GetProperty("paths").GetProperty("/api/v1/feed").GetProperty("get");

        get.GetProperty("tags")[0].GetString().ShouldBe("Notes");
        get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["tab", "cursor", "limit"], ignoreOrder: true);
        get.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["200", "400", "401"], ignoreOrder: true);
        (get.TryGetProperty("security", out var s) && s.GetArrayLength() > 0).ShouldBeFalse();
    }

    [Fact]
    public async Task The_feed_page_shows_discover_to_visitors_and_asks_them_to_sign_in_for_following()
    {
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        await PostNoteAsync(ana.Client, "Cherries are in");
        var anonymous = factory.Anonymous();

        var discover = await anonymous.GetStringAsync("/feed");
        var following = await anonymous.GetStringAsync("/feed?tab=following");
        var expired = await anonymous.GetStringAsync("/feed?tab=discover&cursor=bogus");

        discover.ShouldContain("Cherries are in");
        following.ShouldContain("Sign in to see notes from the people and stores you follow");
        following.ShouldNotContain("Cherries are in");
        expired.ShouldContain("That page of the feed has expired");
        expired.ShouldContain("Cherries are in");
    }

    [Fact]
    public async Task The_feed_pages_Load_more_link_leads_to_the_next_notes_without_script()
    {
        var me = await factory.CreateAccountAsync();
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        await (await me.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        var titles = new List<string>();
        for (var i = 0; i < Plaza.Web.Modules.Notes.Feed.DefaultLimit + 2; i++)
        {
            titles.Add($"Market stall number {i:00}");
            await PostNoteAsync(ana.Client, titles[^1]);
        }
        var browser = factory.CreateClient();
        browser.DefaultRequestHeaders.Add("Cookie", $"{AuthSchemes.CookieName}={me.Token}");

        var first = await browser.GetStringAsync("/feed");
        var more = System.Text.RegularExpressions.Regex.Match(first, "href=\"([^\"]+)\" data-testid=\"load-more\"").Groups[1].Value;
        var second = await browser.GetStringAsync(WebUtility.HtmlDecode(more));

        first.ShouldContain(titles[^1]);
        first.ShouldNotContain(titles[1]);
        more.ShouldStartWith("/feed?tab=following&amp;cursor=");
        second.ShouldContain(titles[0]);
        second.ShouldContain(titles[1]);
        second.ShouldNotContain(titles[^1]);
        second.ShouldContain("Back to the newest");
    }

    /// <summary>A pipeline that is unsure about everything: every text waits for a moderator.</summary>
    private sealed class HoldingPipeline : IContentPipeline
    {
        public Task<ContentVerdict> Check(ContentSubmission submission, CancellationToken ct) =>
            Task.FromResult(new ContentVerdict(ContentDecision.Hold, [new(ContentReasons.SpamSuspected, "markdown")], 0.5));

        public string RenderMarkdown(string markdown) => markdown;
    }
}
