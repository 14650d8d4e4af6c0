using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Social;
using Plaza.Web.Modules.Social.Contracts;

namespace Plaza.IntegrationTests.Social;

public sealed class FollowTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static Task<HttpResponseMessage> FollowPerson(HttpClient client, Guid accountId) =>
        client.PostAsJsonAsync("/api/v1/follows", new { accountId });

    private static Task<HttpResponseMessage> Unfollow(HttpClient client, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/follows") { Content = JsonContent.Create(body) });

    private async Task<(int Followers, int Following)> StoredCounts(FollowTargetKind kind, Guid id)
    {
        await using var scope = factory.Db();
        var row = await scope.Db.Set<FollowCounts>().AsNoTracking().FirstOrDefaultAsync(c => c.SubjectKind == kind && c.SubjectId == id);
        return (row?.Followers ?? 0, row?.Following ?? 0);
    }

    private async Task<int> FollowRows(Guid targetId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Follow>().CountAsync(f => f.TargetId == targetId);
    }

    [Fact]
    public async Task Following_and_unfollowing_a_person_moves_both_counts_and_following_again_is_harmless()
    {
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        var ben = await factory.CreateAccountAsync(displayName: "Ben");

        var first = await (await FollowPerson(ana.Client, ben.Id)).ShouldHaveStatus(HttpStatusCode.Created);
        var again = await (await FollowPerson(ana.Client, ben.Id)).ShouldHaveStatus(HttpStatusCode.OK);
        var profile = await (await ana.Client.GetAsync($"/api/v1/profiles/{ben.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var bensFollowers = await (await ben.Client.GetAsync("/api/v1/follows/followers")).ShouldHaveStatus(HttpStatusCode.OK);
        var anasFollowing = await (await ana.Client.GetAsync("/api/v1/follows/following")).ShouldHaveStatus(HttpStatusCode.OK);
        var countsWhileFollowing = (await StoredCounts(FollowTargetKind.Person, ben.Id), await StoredCounts(FollowTargetKind.Person, ana.Id));
        await (await Unfollow(ana.Client, new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.NoContent);
        var afterwards = await (await ana.Client.GetAsync($"/api/v1/profiles/{ben.Id}")).ShouldHaveStatus(HttpStatusCode.OK);

        (first.GetProperty("kind").GetString(), first.GetProperty("targetId").GetGuid(), first.GetProperty("name").GetString()).ShouldBe(
            ("person", ben.Id, "Ben"));
        again.GetProperty("followedAtUtc").GetDateTime().ShouldBe(first.GetProperty("followedAtUtc").GetDateTime());
        (profile.GetProperty("followers").GetInt32(), profile.GetProperty("followedByMe").GetBoolean()).ShouldBe((1, true));
        bensFollowers.GetProperty("items").EnumerateArray().Select(p => (p.GetProperty("accountId").GetGuid(), p.GetProperty("displayName").GetString()))
            .ShouldBe([(ana.Id, "Ana")]);
        anasFollowing.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ShouldBe([ben.Id]);
        countsWhileFollowing.ShouldBe(((1, 0), (0, 1)));
        (afterwards.GetProperty("followers").GetInt32(), afterwards.GetProperty("followedByMe").GetBoolean()).ShouldBe((0, false));
        (await StoredCounts(FollowTargetKind.Person, ana.Id)).ShouldBe((0, 0));
        (await FollowRows(ben.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Following_a_store_shows_in_its_count_and_on_the_followers_profile()
    {
        var store = await factory.StoreAsync();
        var shopper = await factory.CreateAccountAsync();

        await (await shopper.Client.PostAsJsonAsync("/api/v1/follows", new { storeId = store.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        var social = await (await shopper.Client.GetAsync($"/api/v1/stores/{store.Id}/social")).ShouldHaveStatus(HttpStatusCode.OK);
        var anonymous = await (await factory.Anonymous().GetAsync($"/api/v1/stores/{store.Id}/social")).ShouldHaveStatus(HttpStatusCode.OK);
        var profile = await (await factory.Anonymous().GetAsync($"/api/v1/profiles/{shopper.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var storePage = await factory.Anonymous().GetStringAsync($"/stores/{store.Id}");
        await (await shopper.Client.DeleteAsync($"/api/v1/follows?storeId={store.Id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        (social.GetProperty("followers").GetInt32(), social.GetProperty("followedByMe").GetBoolean()).ShouldBe((1, true));
        anonymous.GetProperty("followedByMe").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("following").GetInt32().ShouldBe(1);
        profile.GetProperty("stores").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe([store.Name]);
        storePage.ShouldContain("data-testid=\"store-followers\"");
        (await StoredCounts(FollowTargetKind.Store, store.Id)).ShouldBe((0, 0));
        (await StoredCounts(FollowTargetKind.Person, shopper.Id)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task You_cannot_follow_yourself_and_unknown_targets_or_bad_bodies_are_refused()
    {
        var me = await factory.CreateAccountAsync();
        var store = await factory.StoreAsync();

        var self = await FollowPerson(me.Client, me.Id);
        var nobody = await FollowPerson(me.Client, Guid.CreateVersion7());
        var noStore = await me.Client.PostAsJsonAsync("/api/v1/follows", new { storeId = Guid.CreateVersion7() });
        var both = await me.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = me.Id, storeId = store.Id });
        var neither = await me.Client.PostAsJsonAsync("/api/v1/follows", new { });
        var anonymous = await FollowPerson(factory.Anonymous(), me.Id);

        await self.ShouldBeProblem(HttpStatusCode.Conflict, "cannot_follow_yourself");
        nobody.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noStore.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await both.ShouldBeValidationProblem("storeId");
        await neither.ShouldBeValidationProblem("accountId");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await StoredCounts(FollowTargetKind.Person, me.Id)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Unfollowing_someone_you_do_not_follow_is_harmless_and_no_count_goes_below_zero()
    {
        var ana = await factory.CreateAccountAsync();
        var ben = await factory.CreateAccountAsync();
        var cat = await factory.CreateAccountAsync();
        await (await FollowPerson(cat.Client, ben.Id)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await Unfollow(ana.Client, new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await Unfollow(ana.Client, new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await Unfollow(ana.Client, new { accountId = Guid.CreateVersion7() })).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await StoredCounts(FollowTargetKind.Person, ben.Id)).ShouldBe((1, 0));
        (await StoredCounts(FollowTargetKind.Person, ana.Id)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Twenty_people_following_one_person_at_the_same_moment_are_all_counted()
    {
        var star = await factory.CreateAccountAsync();
        var people = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.CreateAccountAsync()));

        var answers = await people.RaceAsync(p => FollowPerson(p.Client, star.Id));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        (await StoredCounts(FollowTargetKind.Person, star.Id)).ShouldBe((20, 0));
        (await FollowRows(star.Id)).ShouldBe(20);

        await Task.WhenAll(people.Take(5).Select(p => Unfollow(p.Client, new { accountId = star.Id })));
        (await StoredCounts(FollowTargetKind.Person, star.Id)).ShouldBe((15, 0));
    }

    [Fact]
    public async Task Two_people_following_each_other_at_the_same_moment_both_count()
    {
        var pairs = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ => (await factory.CreateAccountAsync(), await factory.CreateAccountAsync())));

        var answers = await Task.WhenAll(pairs.SelectMany(p => new[] { FollowPerson(p.Item1.Client, p.Item2.Id), FollowPerson(p.Item2.Client, p.Item1.Id) }));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        foreach (var (a, b) in pairs)
        {
            (await StoredCounts(FollowTargetKind.Person, a.Id)).ShouldBe((1, 1));
            (await StoredCounts(FollowTargetKind.Person, b.Id)).ShouldBe((1, 1));
        }
    }

    [Fact]
    public async Task Recounting_puts_counts_back_to_what_the_follow_rows_say()
    {
        var ana = await factory.CreateAccountAsync();
        var ben = await factory.CreateAccountAsync();
        await (await FollowPerson(ana.Client, ben.Id)).ShouldHaveStatus(HttpStatusCode.Created);
        await using (var scope = factory.Db())
            await scope.Db.Set<FollowCounts>().Where(c => c.SubjectId == ben.Id || c.SubjectId == ana.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Followers, 7).SetProperty(c => c.Following, 7));

        await using (var scope = factory.Db())
        {
            await FollowCounter.Recount(scope.Db, FollowTargetKind.Person, ben.Id, CancellationToken.None);
            await FollowCounter.Recount(scope.Db, FollowTargetKind.Person, ana.Id, CancellationToken.None);
        }

        (await StoredCounts(FollowTargetKind.Person, ben.Id)).ShouldBe((1, 0));
        (await StoredCounts(FollowTargetKind.Person, ana.Id)).ShouldBe((0, 1));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_Social_operations_and_only_follows_need_a_token()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        bool Secured(string path, string method) =>
            paths.GetProperty(path).GetProperty(method).TryGetProperty("security", out var s) && s.GetArrayLength() > 0;
        string Tag(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("tags")[0].GetString()!;

        Secured("/api/v1/follows", "post").ShouldBeTrue();
        Secured("/api/v1/follows", "delete").ShouldBeTrue();
        Secured("/api/v1/follows/following", "get").ShouldBeTrue();
        Secured("/api/v1/follows/followers", "get").ShouldBeTrue();
        Secured("/api/v1/profiles/{accountId}", "get").ShouldBeFalse();
        Secured("/api/v1/profiles/{accountId}/followers", "get").ShouldBeFalse();
        Secured("/api/v1/stores/{id}/social", "get").ShouldBeFalse();
        new[] { Tag("/api/v1/follows", "post"), Tag("/api/v1/profiles/{accountId}/following", "get"), Tag("/api/v1/stores/{id}/social", "get") }
            .ShouldAllBe(t => t == "Social");
    }
}
