using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Promotions;
using Plaza.Web.Modules.Sharing;

namespace Plaza.IntegrationTests.Promotions;

/// <summary>A coupon campaign's own page and public view, shared through a link with a QR code, and claimed from the page.</summary>
public sealed partial class CouponPageTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Shelf(Guid Store, string StoreName, Guid LoafProduct, HttpClient Staff);

    private async Task<Shelf> ShelfAsync()
    {
        var store = await factory.StoreAsync();
        var loaf = await factory.ProductAsync(store, await factory.CategoryAsync("Bakery"), "Sourdough loaf", "", new SkuSpec("LOAF", 400, 50));
        return new Shelf(store.Id, store.Name, loaf.Id, await factory.CreateStaffAsync(store.Id));
    }

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task<Guid> CouponAsync(Shelf shelf, object? overrides = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["storeId"] = shelf.Store, ["code"] = "PAGE-" + Guid.NewGuid().ToString("N")[..6], ["name"] = "Loaf lovers", ["kind"] = "fixed",
            ["amountMinor"] = 100,
            ["minSpendMinor"] = 800L, ["scope"] = "store", ["validFromUtc"] = Now.AddDays(-1), ["validUntilUtc"] = Now.AddDays(7), ["perShopperLimit"] = 1,
        };
        foreach (var p in (overrides ?? new { }).GetType().GetProperties()) body[p.Name] = p.GetValue(overrides);
        return (await (await shelf.Staff.PostAsJsonAsync("/api/v1/coupons", body)).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A browser keeping cookies and not following redirects; signed in with the session cookie when given a token.</summary>
    private HttpClient Browser(string? token = null)
    {
        var cookies = new CookieContainerHandler();
        if (token is not null) cookies.Container.Add(new Uri("http://localhost"), new Cookie("plaza_session", token));
        return factory.CreateDefaultClient(cookies);
    }

    private static async Task<HttpResponseMessage> ClaimOnPageAsync(HttpClient browser, Guid couponId)
    {
        var page = await browser.GetStringAsync($"/coupons/{couponId}");
        var token = Token().Match(page).Groups[1].Value;
        return await browser.PostAsync($"/coupons/{couponId}?handler=Claim", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task The_public_view_shows_the_store_the_product_it_covers_and_the_real_number_left()
    {
        var shelf = await ShelfAsync();
        var id = await CouponAsync(shelf, new { scope = "product", scopeId = shelf.LoafProduct, totalLimit = 3 });
        foreach (var _ in Enumerable.Range(0, 2))
            await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/coupons/{id}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);

        var view = await (await factory.Anonymous().GetAsync($"/api/v1/coupons/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var page = await factory.Anonymous().GetStringAsync($"/coupons/{id}");

        view.GetProperty("storeName").GetString().ShouldBe(shelf.StoreName);
        view.GetProperty("scopeName").GetString().ShouldBe("Sourdough loaf");
        view.GetProperty("state").GetString().ShouldBe("open");
        view.GetProperty("url").GetString().ShouldBe($"/coupons/{id}");
        view.GetProperty("coupon").GetProperty("left").GetInt32().ShouldBe(1);
        view.GetProperty("coupon").GetProperty("minSpendMinor").GetInt64().ShouldBe(800);
        page.ShouldContain("1 of 3 left");
        page.ShouldContain("On Sourdough loaf only");
        page.ShouldContain(WebUtility.HtmlEncode(shelf.StoreName));
        page.ShouldContain($"/account/sign-in?returnUrl={Uri.EscapeDataString($"/coupons/{id}")}");

        // The last one goes: the page says so and offers no claim.
        await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/coupons/{id}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);
        (await (await factory.Anonymous().GetAsync($"/api/v1/coupons/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("state").GetString()
            .ShouldBe("all-claimed");
        var gone = await factory.Anonymous().GetStringAsync($"/coupons/{id}");
        gone.ShouldContain("All of these coupons have been claimed.");
        gone.ShouldNotContain("sign-in-to-claim");
    }

    [Fact]
    public async Task A_coupon_staff_only_issue_and_an_unknown_coupon_have_no_view_no_page_and_no_share_link()
    {
        var shelf = await ShelfAsync();
        var issueOnly = await CouponAsync(shelf, new { claimable = false });
        var sharer = await factory.CreateShopperAsync();

        foreach (var id in new[] { issueOnly, Guid.NewGuid() })
        {
            (await factory.Anonymous().GetAsync($"/api/v1/coupons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await factory.Anonymous().GetAsync($"/coupons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            await (await sharer.PostAsJsonAsync("/api/v1/share-links", new { kind = "coupon", targetId = id })).ShouldBeValidationProblem("targetId");
        }
        (await sharer.PostAsync($"/api/v1/coupons/{issueOnly}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_page_says_plainly_when_the_coupon_has_not_started_and_when_it_has_ended()
    {
        var shelf = await ShelfAsync();
        var id = await CouponAsync(shelf, new { validFromUtc = Now.AddDays(2), validUntilUtc = Now.AddDays(4) });

        var upcoming = await factory.Anonymous().GetStringAsync($"/coupons/{id}");
        factory.Clock.Advance(TimeSpan.FromDays(5));
        var ended = await factory.Anonymous().GetStringAsync($"/coupons/{id}");
        var view = await (await factory.Anonymous().GetAsync($"/api/v1/coupons/{id}")).ShouldHaveStatus(HttpStatusCode.OK);

        upcoming.ShouldContain("Not started yet");
        upcoming.ShouldContain("You can claim it now and use it from then.");
        ended.ShouldContain("This coupon campaign has ended. It can no longer be claimed or used.");
        ended.ShouldNotContain("sign-in-to-claim");
        ended.ShouldNotContain("share-coupon");
        view.GetProperty("state").GetString().ShouldBe("ended");
    }

    [Fact]
    public async Task A_share_link_for_a_coupon_leads_to_its_page_and_counts_the_visit_and_the_sign_up()
    {
        var shelf = await ShelfAsync();
        var id = await CouponAsync(shelf);
        var sharer = await factory.CreateAccountAsync();

        var link = await (await sharer.Client.PostAsJsonAsync("/api/v1/share-links", new { kind = "coupon", targetId = id }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var again = await (await sharer.Client.PostAsJsonAsync("/api/v1/share-links", new { kind = "Coupon", targetId = id }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var code = link.GetProperty("code").GetString()!;
        var friend = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var visit = await friend.GetAsync(link.GetProperty("url").GetString());
        var registered = await (await friend.PostAsJsonAsync("/api/v1/auth/register",
            new { login = $"friend-{Guid.NewGuid():N}@example.com", password = PlazaFactory.Password, displayName = "Friend" }))
                .ShouldHaveStatus(HttpStatusCode.Created);
        var sharePage = await sharer.Client.GetStringAsync($"/s/{code}/share");

        link.GetProperty("kind").GetString().ShouldBe("coupon");
        again.GetProperty("code").GetString().ShouldBe(code);
        visit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        visit.Headers.Location!.ToString().ShouldBe($"/coupons/{id}");
        sharePage.ShouldContain($"/s/{code}/qr.png");
        var stats = (await (await sharer.Client.GetAsync("/api/v1/share-links/mine")).ShouldHaveStatus(HttpStatusCode.OK))
            .EnumerateArray().Single(l => l.GetProperty("link").GetProperty("code").GetString() == code).GetProperty("stats");
        (stats.GetProperty("visits").GetInt32(), stats.GetProperty("signups").GetInt32()).ShouldBe((1, 1));
        await using var scope = factory.Db();
        var newId = registered.GetProperty("id").GetGuid();
        var signup = await scope.Db.Set<ShareSignup>().SingleAsync(s => s.AccountId == newId);
        (await scope.Db.Set<ShareLink>().SingleAsync(l => l.Id == signup.ShareLinkId)).TargetKind.ShouldBe("Coupon");
    }

    [Fact]
    public async Task Claiming_from_the_page_works_once_for_a_coupon_of_one_per_shopper()
    {
        var shelf = await ShelfAsync();
        var id = await CouponAsync(shelf, new { totalLimit = 10 });
        var shopper = await factory.CreateAccountAsync();
        var browser = Browser(shopper.Token);

        var signedOut = await ClaimOnPageAsync(Browser(), id);
        var first = await ClaimOnPageAsync(browser, id);
        var afterFirst = await browser.GetStringAsync($"/coupons/{id}");
        var second = await browser.PostAsync($"/coupons/{id}?handler=Claim",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Token().Match(afterFirst).Groups[1].Value)]));
        var afterSecond = await browser.GetStringAsync($"/coupons/{id}");

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.ToString().ShouldBe($"/account/sign-in?returnUrl={Uri.EscapeDataString($"/coupons/{id}")}");
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldBe($"/coupons/{id}");
        afterFirst.ShouldContain("The coupon is in your wallet. Use it at checkout.");
        afterFirst.ShouldContain("9 of 10 left");
        afterFirst.ShouldContain("You already hold as many of this coupon as one shopper may.");
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterSecond.ShouldContain("You already hold as many of this coupon as one shopper may.");
        var mine = await (await shopper.Client.GetAsync("/api/v1/coupons/mine")).ShouldHaveStatus(HttpStatusCode.OK);
        mine.EnumerateArray().Count(w => w.GetProperty("coupon").GetProperty("id").GetGuid() == id).ShouldBe(1);
        await using var scope = factory.Db();
        (await scope.Db.Set<ShopperCoupon>().CountAsync(s => s.CouponId == id)).ShouldBe(1);
        (await scope.Db.Set<Coupon>().SingleAsync(c => c.Id == id)).ClaimedCount.ShouldBe(1);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
