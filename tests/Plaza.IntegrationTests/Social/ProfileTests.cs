using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;

namespace Plaza.IntegrationTests.Social;

public sealed class ProfileTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task Delete(Guid accountId)
    {
        await using var scope = factory.Db();
        var account = await scope.Db.Set<Account>().SingleAsync(a => a.Id == accountId);
        scope.Db.Entry(account).Property(a => a.DeletedAtUtc).CurrentValue = factory.Clock.GetUtcNow().UtcDateTime;
        await scope.Db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_profile_shows_names_and_counts_but_never_an_email_or_phone()
    {
        var email = $"private-{Guid.NewGuid():N}@example.com";
        const string phone = "+447700900555";
        var ana = await factory.CreateAccountAsync(email, "Ana Profile");
        var ben = await factory.CreateAccountAsync(phone, "Ben Phone");
        await (await ben.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await ana.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.Created);

        var api = await (await factory.Anonymous().GetAsync($"/api/v1/profiles/{ana.Id}")).Content.ReadAsStringAsync();
        var followersApi = await (await factory.Anonymous().GetAsync($"/api/v1/profiles/{ana.Id}/followers")).Content.ReadAsStringAsync();
        var followingApi = await (await factory.Anonymous().GetAsync($"/api/v1/profiles/{ana.Id}/following")).Content.ReadAsStringAsync();
        var page = await factory.Anonymous().GetStringAsync($"/people/{ana.Id}");
        var followersPage = await factory.Anonymous().GetStringAsync($"/people/{ana.Id}/followers");
        var followingPage = await factory.Anonymous().GetStringAsync($"/people/{ana.Id}/following");

        api.ShouldContain("Ana Profile");
        followersApi.ShouldContain("Ben Phone");
        followingApi.ShouldContain("Ben Phone");
        page.ShouldContain("Ana Profile");
        page.ShouldContain("data-testid=\"follower-count\"");
        followersPage.ShouldContain("Ben Phone");
        followingPage.ShouldContain("Ben Phone");
        foreach (var text in new[] { api, followersApi, followingApi, page, followersPage, followingPage })
        {
            text.ShouldNotContain(email, Case.Insensitive);
            text.ShouldNotContain("7700900555");
        }
    }

    [Fact]
    public async Task A_deleted_accounts_profile_is_not_found_and_it_drops_out_of_follower_lists()
    {
        var gone = await factory.CreateAccountAsync(displayName: "Gone Person");
        var stays = await factory.CreateAccountAsync();
        await (await gone.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = stays.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        await Delete(gone.Id);

        var api = await factory.Anonymous().GetAsync($"/api/v1/profiles/{gone.Id}");
        var lists = await factory.Anonymous().GetAsync($"/api/v1/profiles/{gone.Id}/followers");
        var page = await factory.Anonymous().GetAsync($"/people/{gone.Id}");
        var follow = await stays.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = gone.Id });
        var followers = await (await factory.Anonymous().GetAsync($"/api/v1/profiles/{stays.Id}/followers")).ShouldHaveStatus(HttpStatusCode.OK);

        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        lists.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        follow.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        followers.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Paging_follower_lists_checks_its_numbers()
    {
        var ana = await factory.CreateAccountAsync();
        var fans = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => factory.CreateAccountAsync()));
        foreach (var fan in fans)
            await (await fan.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);

        var second = await (await factory.Anonymous().GetAsync($"/api/v1/profiles/{ana.Id}/followers?page=2&pageSize=2")).ShouldHaveStatus(HttpStatusCode.OK);
        var bad = await factory.Anonymous().GetAsync($"/api/v1/profiles/{ana.Id}/followers?pageSize=1000");

        (second.GetProperty("total").GetInt32(), second.GetProperty("items").GetArrayLength()).ShouldBe((3, 1));
        await bad.ShouldBeValidationProblem("pageSize");
    }

    [Fact]
    public async Task Following_from_the_profile_page_needs_sign_in()
    {
        var ana = await factory.CreateAccountAsync();
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync($"/people/{ana.Id}");
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain($"/account/sign-in?returnUrl=%2Fpeople%2F{ana.Id}");
    }
}
