using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Sharing;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Auth;

namespace Plaza.IntegrationTests.Sharing;

public sealed class SharingTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Store Store, Product Product, Guid SkuId)> ShelfAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Sourdough loaf", "Baked this morning", new SkuSpec("LOAF", 250, 20));
        return (store, product, product.Skus[0].Id);
    }

    /// <summary>A browser that keeps cookies and does not follow redirects, optionally signed in with a bearer token.</summary>
    private HttpClient Browser(string? token = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> ShareProductAsync(HttpClient sharer, Store store, Product product) =>
        (await (await sharer.PostAsJsonAsync("/api/v1/share-links", new { kind = "product", targetId = product.Id, storeId = store.Id }))
            .ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("code").GetString()!;

    private static async Task<JsonElement> MineAsync(HttpClient sharer, string code) =>
        (await (await sharer.GetAsync("/api/v1/share-links/mine")).ShouldHaveStatus(HttpStatusCode.OK))
            .EnumerateArray().Single(l => l.GetProperty("link").GetProperty("code").GetString() == code).GetProperty("stats");

    [Fact]
    public async Task Sharing_the_same_product_twice_gives_the_same_link()
    {
        var (store, product, _) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var other = await factory.CreateAccountAsync();

        var first = await (await sharer.Client.PostAsJsonAsync("/api/v1/share-links", new { kind = "product", targetId = product.Id, storeId = store.Id }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var second = await ShareProductAsync(sharer.Client, store, product);
        var others = await ShareProductAsync(other.Client, store, product);

        var code = first.GetProperty("code").GetString()!;
        ShareCode.IsWellFormed(code).ShouldBeTrue();
        second.ShouldBe(code);
        others.ShouldNotBe(code);
        first.GetProperty("url").GetString().ShouldBe($"/s/{code}");
        first.GetProperty("qrUrl").GetString().ShouldBe($"/s/{code}/qr.png");
        await using var scope = factory.Db();
        (await scope.Db.Set<ShareLink>().CountAsync(l => l.TargetId == product.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task Sharing_a_community_twice_gives_the_same_link_and_visiting_it_goes_to_the_community()
    {
        var sharer = await factory.CreateAccountAsync();
        var community = await (await sharer.Client.PostAsJsonAsync("/api/v1/communities", new { name = TestData.Unique("Home cooking"), kind = "theme" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var id = community.GetProperty("id").GetGuid();

        var first = await (await sharer.Client.PostAsJsonAsync("/api/v1/share-links", new { kind = "community", targetId = id }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var second = await (await sharer.Client.PostAsJsonAsync("/api/v1/share-links", new { kind = "Community", targetId = id }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var visit = await Browser().GetAsync(first.GetProperty("url").GetString());

        second.GetProperty("code").GetString().ShouldBe(first.GetProperty("code").GetString());
        visit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        visit.Headers.Location!.ToString().ShouldBe($"/communities/{community.GetProperty("slug").GetString()}");
    }

    [Fact]
    public async Task Sharing_something_that_does_not_exist_or_without_a_kind_is_refused_naming_the_field()
    {
        var (store, _, _) = await ShelfAsync();
        var sharer = await factory.CreateShopperAsync();

        await (await sharer.PostAsJsonAsync("/api/v1/share-links", new { kind = "product", targetId = Guid.NewGuid(), storeId = store.Id }))
            .ShouldBeValidationProblem("targetId");
        await (await sharer.PostAsJsonAsync("/api/v1/share-links", new { kind = "note", targetId = Guid.NewGuid() })).ShouldBeValidationProblem("kind");
        await (await sharer.PostAsJsonAsync("/api/v1/share-links", new { kind = "product", targetId = Guid.NewGuid() })).ShouldBeValidationProblem("storeId");
        (await factory.Anonymous().PostAsJsonAsync("/api/v1/share-links", new { kind = "community", targetId = Guid.NewGuid() }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Visiting_a_link_redirects_to_the_product_and_the_same_visitor_counts_once_a_day()
    {
        var (store, product, _) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);
        var visitor = Browser();

        var first = await visitor.GetAsync($"/s/{code}");
        var again = await visitor.GetAsync($"/s/{code.ToLowerInvariant()}");
        await Browser().GetAsync($"/s/{code}");
        var today = await MineAsync(sharer.Client, code);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await visitor.GetAsync($"/s/{code}");
        var tomorrow = await MineAsync(sharer.Client, code);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldBe($"/stores/{store.Id}/products/{product.Id}");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith($"plaza_ref={code}", StringComparison.Ordinal) && c.Contains("httponly"));
        (today.GetProperty("visits").GetInt32(), today.GetProperty("uniqueVisitors").GetInt32()).ShouldBe((3, 2));
        (tomorrow.GetProperty("visits").GetInt32(), tomorrow.GetProperty("uniqueVisitors").GetInt32()).ShouldBe((4, 3));
        await using var scope = factory.Db();
        (await scope.Db.Set<ShareVisit>().Where(v => v.ShareLinkId == scope.Db.Set<ShareLink>().Single(l => l.Code == code).Id).Select(v => v.VisitorHash)
            .ToListAsync())
            .ShouldAllBe(h => h.Length == 64);
    }

    [Fact]
    public async Task The_qr_code_is_a_png_of_the_absolute_link_with_cache_headers()
    {
        var (store, product, _) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);

        var response = await factory.Anonymous().GetAsync($"/s/{code}/qr.png");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldNotBeNull();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        ShareQrCode.Png($"http://localhost/s/{code}").ShouldBe(bytes);
    }

    [Fact]
    public async Task A_sign_up_after_visiting_a_link_is_attributed_to_it()
    {
        var (store, product, _) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);
        var browser = Browser();
        await browser.GetAsync($"/s/{code}");

        var registered = await (await browser.PostAsJsonAsync("/api/v1/auth/register",
            new { login = $"friend-{Guid.NewGuid():N}@example.com", password = PlazaFactory.Password, displayName = "Friend" }))
                .ShouldHaveStatus(HttpStatusCode.Created);
        var unrelated = await factory.CreateAccountAsync();

        var newId = registered.GetProperty("id").GetGuid();
        await using var scope = factory.Db();
        var signup = await scope.Db.Set<ShareSignup>().SingleAsync(s => s.AccountId == newId);
        (await scope.Db.Set<ShareLink>().SingleAsync(l => l.Id == signup.ShareLinkId)).Code.ShouldBe(code);
        (await scope.Db.Set<ShareSignup>().AnyAsync(s => s.AccountId == unrelated.Id)).ShouldBeFalse();
        (await MineAsync(sharer.Client, code)).GetProperty("signups").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task An_order_placed_after_visiting_a_link_is_attributed_to_the_sharer()
    {
        var (store, product, sku) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);
        var buyer = await factory.CreateAccountAsync();
        var browser = Browser(buyer.Token);
        await browser.GetAsync($"/s/{code}");

        var order = await browser.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (sku, 1));

        var orderId = order.GetProperty("id").GetGuid();
        await using var scope = factory.Db();
        var attribution = await scope.Db.Set<ShareAttribution>().SingleAsync(a => a.OrderId == orderId);
        (attribution.SharerAccountId, attribution.CustomerAccountId, attribution.IsSelf, attribution.Source).ShouldBe(
            (sharer.Id, buyer.Id, false, AttributionSource.Code));
        (await MineAsync(sharer.Client, code)).GetProperty("orders").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task An_app_sends_the_share_code_with_the_order_and_a_stale_code_never_stops_an_order()
    {
        var (store, product, sku) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);
        var buyer = await factory.CreateAccountAsync();
        object Body(string shareCode) => new
        {
            storeId = store.Id, fulfilment = "pickup", pickupPointId = store.PickupPoints[0].Id,
            lines = new[] { new { skuId = sku, quantity = 1 } }, shareCode,
        };

        var withCode = await (await buyer.Client.PostAsJsonAsync("/api/v1/orders", Body(code))).ShouldHaveStatus(HttpStatusCode.Created);
        var stale = await (await buyer.Client.PostAsJsonAsync("/api/v1/orders", Body("ZZZZZZZZ"))).ShouldHaveStatus(HttpStatusCode.Created);
        var hostile = await (await buyer.Client.PostAsJsonAsync("/api/v1/orders", Body("'; DROP TABLE orders; --"))).ShouldHaveStatus(HttpStatusCode.Created);

        await using var scope = factory.Db();
        var attributed = await scope.Db.Set<ShareAttribution>().Where(a => a.CustomerAccountId == buyer.Id).Select(a => a.OrderId).ToListAsync();
        attributed.ShouldBe([withCode.GetProperty("id").GetGuid()]);
        stale.GetProperty("id").GetGuid().ShouldNotBe(hostile.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_customer_who_signed_up_through_a_link_is_attributed_later_within_the_window_only()
    {
        var (store, product, sku) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);
        var login = $"friend-{Guid.NewGuid():N}@example.com";
        var browser = Browser();
        await browser.GetAsync($"/s/{code}");
        await (await browser.PostAsJsonAsync("/api/v1/auth/register", new { login, password = PlazaFactory.Password, displayName = "Friend" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        async Task<HttpClient> AppAsync() =>
            factory.WithToken((await (await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/sign-in", new { login, password = PlazaFactory.Password }))
            .ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("accessToken").GetString()!); // another device: no plaza_ref cookie

        var soon = await (await AppAsync()).PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (sku, 1));
        factory.Clock.Advance(TimeSpan.FromDays(31));
        var late = await (await AppAsync()).PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (sku, 1));

        await using var scope = factory.Db();
        var soonAttribution = await scope.Db.Set<ShareAttribution>().SingleAsync(a => a.OrderId == soon.GetProperty("id").GetGuid());
        soonAttribution.Source.ShouldBe(AttributionSource.Signup);
        soonAttribution.SharerAccountId.ShouldBe(sharer.Id);
        (await scope.Db.Set<ShareAttribution>().AnyAsync(a => a.OrderId == late.GetProperty("id").GetGuid())).ShouldBeFalse();
    }

    [Fact]
    public async Task The_sharers_own_order_through_their_link_is_recorded_but_flagged_self()
    {
        var (store, product, sku) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);
        var browser = Browser(sharer.Token);
        await browser.GetAsync($"/s/{code}");

        var order = await browser.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (sku, 1));

        await using var scope = factory.Db();
        var attribution = await scope.Db.Set<ShareAttribution>().SingleAsync(a => a.OrderId == order.GetProperty("id").GetGuid());
        attribution.IsSelf.ShouldBeTrue();
        (await MineAsync(sharer.Client, code)).GetProperty("orders").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_code_is_the_friendly_404()
    {
        var browser = Browser();

        var visit = await browser.GetAsync("/s/ZZZZZZZZ");
        var qr = await browser.GetAsync("/s/ZZZZZZZZ/qr.png");
        var poster = await browser.GetAsync("/s/ZZZZZZZZ/poster");
        var share = await browser.GetAsync("/s/ZZZZZZZZ/share");

        visit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        visit.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await visit.Content.ReadAsStringAsync()).ShouldContain("<html");
        (visit.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("plaza_ref", StringComparison.Ordinal));
        qr.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        poster.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        share.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("%27%3B%20DROP%20TABLE%20share_links%3B--")]
    [InlineData("ABCD%07234")]
    [InlineData("%E2%80%AEABCD2345")]
    [InlineData("ABCD0O1I")]
    [InlineData("%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_hostile_code_is_a_404_not_a_500(string code)
    {
        var browser = Browser();

        foreach (var path in new[] { $"/s/{code}", $"/s/{code}/qr.png", $"/s/{code}/poster", $"/s/{code}/share" })
            (await browser.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
    }

    [Fact]
    public async Task The_share_poster_and_my_shares_pages_show_the_link_and_its_numbers()
    {
        var (store, product, _) = await ShelfAsync();
        var sharer = await factory.CreateAccountAsync();
        var code = await ShareProductAsync(sharer.Client, store, product);
        await Browser().GetAsync($"/s/{code}");

        var share = await (await factory.Anonymous().GetAsync($"/s/{code}/share")).Content.ReadAsStringAsync();
        var poster = await (await factory.Anonymous().GetAsync($"/s/{code}/poster")).Content.ReadAsStringAsync();
        var page = Browser();
        await using (var scope = factory.Db())
        {
            var (session, token) = Session.Start(sharer.Id, "cookie", factory.Clock.GetUtcNow().UtcDateTime);
            scope.Db.Add(session);
            await scope.Db.SaveChangesAsync();
            page.DefaultRequestHeaders.Add("Cookie", $"{AuthSchemes.CookieName}={token}");
        }
        var mine = await page.GetAsync("/account/shares");

        share.ShouldContain($"http://localhost/s/{code}");
        share.ShouldContain($"src=\"/s/{code}/qr.png\"");
        share.ShouldContain("alt=\"QR code for Sourdough loaf\"");
        poster.ShouldContain("Sourdough loaf");
        poster.ShouldContain("2.50");
        poster.ShouldContain(store.Name);
        await mine.ShouldHaveStatus(HttpStatusCode.OK);
        var minePage = await mine.Content.ReadAsStringAsync();
        minePage.ShouldContain($"/s/{code}/share");
        minePage.ShouldContain("data-testid=\"visits\">1<");
    }
}
