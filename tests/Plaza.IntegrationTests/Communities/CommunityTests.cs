using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Communities;

namespace Plaza.IntegrationTests.Communities;

public sealed class CommunityTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static object NewCommunity(string? name = null, string kind = "theme", string visibility = "public", Guid? storeId = null,
        string? description = "We share what we cook.", string? rules = "Be kind.") =>
        new { name = name ?? TestData.Unique("Home cooking"), description, kind, storeId, visibility, rules };

    private static async Task<JsonElement> CreateAsync(HttpClient client, object request) =>
        await (await client.PostAsJsonAsync("/api/v1/communities", request)).ShouldHaveStatus(HttpStatusCode.Created);

    private async Task<int> StoredCount(Guid id)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Community>().Where(c => c.Id == id).Select(c => c.MemberCount).SingleAsync();
    }

    private async Task<int> ActiveRows(Guid id)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Membership>().CountAsync(m => m.CommunityId == id && m.Status == MembershipStatus.Active);
    }

    [Fact]
    public async Task A_shopper_starts_a_community_others_join_and_leave_and_the_count_follows()
    {
        var owner = await factory.CreateAccountAsync();
        var neighbour = await factory.CreateAccountAsync();
        var created = await CreateAsync(owner.Client, NewCommunity());
        var id = created.GetProperty("id").GetGuid();

        var joined = await (await neighbour.Client.PostAsync($"/api/v1/communities/{id}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);
        var again = await neighbour.Client.PostAsync($"/api/v1/communities/{id}/join", null);
        var afterJoin = await (await factory.Anonymous().GetAsync($"/api/v1/communities/{created.GetProperty("slug").GetString()}"))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var members = await (await neighbour.Client.GetAsync($"/api/v1/communities/{id}/members")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await neighbour.Client.PostAsync($"/api/v1/communities/{id}/leave", null)).ShouldHaveStatus(HttpStatusCode.NoContent);
        var leaveAgain = await neighbour.Client.PostAsync($"/api/v1/communities/{id}/leave", null);

        created.GetProperty("memberCount").GetInt32().ShouldBe(1);
        joined.GetProperty("status").GetString().ShouldBe("active");
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "already_member");
        afterJoin.GetProperty("memberCount").GetInt32().ShouldBe(2);
        members.EnumerateArray().Select(m => (m.GetProperty("accountId").GetGuid(), m.GetProperty("role").GetString()))
            .ShouldBe([(owner.Id, "owner"), (neighbour.Id, "member")]);
        leaveAgain.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredCount(id)).ShouldBe(1);
        (await ActiveRows(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Joining_a_private_community_waits_for_an_admin_and_outsiders_cannot_list_its_members()
    {
        var owner = await factory.CreateAccountAsync();
        var asker = await factory.CreateAccountAsync();
        var outsider = await factory.CreateAccountAsync();
        var id = (await CreateAsync(owner.Client, NewCommunity(visibility: "private"))).GetProperty("id").GetGuid();

        var about = await (await outsider.Client.GetAsync($"/api/v1/communities/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var asked = await (await asker.Client.PostAsync($"/api/v1/communities/{id}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);
        var askerSeesMembers = await asker.Client.GetAsync($"/api/v1/communities/{id}/members");
        var outsiderSeesMembers = await outsider.Client.GetAsync($"/api/v1/communities/{id}/members");
        var outsiderSeesRequests = await outsider.Client.GetAsync($"/api/v1/communities/{id}/requests");
        var outsiderApproves = await outsider.Client.PostAsync($"/api/v1/communities/{id}/requests/{asker.Id}/approve", null);
        var requests = await (await owner.Client.GetAsync($"/api/v1/communities/{id}/requests")).ShouldHaveStatus(HttpStatusCode.OK);
        (await StoredCount(id)).ShouldBe(1);
        var approved = await (await owner.Client.PostAsync($"/api/v1/communities/{id}/requests/{asker.Id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var approvedAgain = await owner.Client.PostAsync($"/api/v1/communities/{id}/requests/{asker.Id}/approve", null);
        var memberSeesMembers = await (await asker.Client.GetAsync($"/api/v1/communities/{id}/members")).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = await (await factory.Anonymous().GetAsync("/api/v1/communities?pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);

        about.GetProperty("rules").GetString().ShouldBe("Be kind.");
        asked.GetProperty("status").GetString().ShouldBe("pending");
        askerSeesMembers.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        outsiderSeesMembers.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        outsiderSeesRequests.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        outsiderApproves.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        requests.EnumerateArray().Select(r => r.GetProperty("accountId").GetGuid()).ShouldBe([asker.Id]);
        approved.GetProperty("status").GetString().ShouldBe("active");
        await approvedAgain.ShouldBeProblem(HttpStatusCode.Conflict, "not_pending");
        memberSeesMembers.GetArrayLength().ShouldBe(2);
        listed.GetProperty("items").EnumerateArray().ShouldNotContain(c => c.GetProperty("id").GetGuid() == id, "private communities are not browsed");
        (await StoredCount(id)).ShouldBe(2);
    }

    [Fact]
    public async Task A_rejected_request_is_removed_and_the_count_does_not_move()
    {
        var owner = await factory.CreateAccountAsync();
        var asker = await factory.CreateAccountAsync();
        var id = (await CreateAsync(owner.Client, NewCommunity(visibility: "private"))).GetProperty("id").GetGuid();
        await (await asker.Client.PostAsync($"/api/v1/communities/{id}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await owner.Client.PostAsync($"/api/v1/communities/{id}/requests/{asker.Id}/reject", null)).ShouldHaveStatus(HttpStatusCode.NoContent);
        var mine = await asker.Client.GetAsync($"/api/v1/communities/{id}/members/me");

        mine.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredCount(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Twenty_people_joining_at_the_same_moment_are_all_counted()
    {
        var owner = await factory.CreateAccountAsync();
        var id = (await CreateAsync(owner.Client, NewCommunity())).GetProperty("id").GetGuid();
        var people = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.CreateAccountAsync()));

        var answers = await people.RaceAsync(p => p.Client.PostAsync($"/api/v1/communities/{id}/join", null));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        (await StoredCount(id)).ShouldBe(21);
        (await ActiveRows(id)).ShouldBe(21);

        await Task.WhenAll(people.Take(10).Select(p => p.Client.PostAsync($"/api/v1/communities/{id}/leave", null)));
        (await StoredCount(id)).ShouldBe(11);
    }

    [Fact]
    public async Task The_only_owner_cannot_leave_until_they_make_someone_else_an_owner()
    {
        var owner = await factory.CreateAccountAsync();
        var member = await factory.CreateAccountAsync();
        var id = (await CreateAsync(owner.Client, NewCommunity())).GetProperty("id").GetGuid();
        await (await member.Client.PostAsync($"/api/v1/communities/{id}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);

        var leave = await owner.Client.PostAsync($"/api/v1/communities/{id}/leave", null);
        var demoteSelf = await owner.Client.PutAsJsonAsync($"/api/v1/communities/{id}/members/{owner.Id}/role", new { role = "member" });
        var memberPromotes = await member.Client.PutAsJsonAsync($"/api/v1/communities/{id}/members/{member.Id}/role", new { role = "owner" });
        var badRole = await owner.Client.PutAsJsonAsync($"/api/v1/communities/{id}/members/{member.Id}/role", new { role = "king" });
        var promoted = await (await owner.Client.PutAsJsonAsync($"/api/v1/communities/{id}/members/{member.Id}/role", new { role = "owner" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await (await owner.Client.PostAsync($"/api/v1/communities/{id}/leave", null)).ShouldHaveStatus(HttpStatusCode.NoContent);

        await leave.ShouldBeProblem(HttpStatusCode.Conflict, "last_owner");
        await demoteSelf.ShouldBeProblem(HttpStatusCode.Conflict, "last_owner");
        memberPromotes.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await badRole.ShouldBeValidationProblem("role");
        promoted.GetProperty("role").GetString().ShouldBe("owner");
        (await StoredCount(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_staff_of_a_store_start_and_pin_its_community()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var shopper = await factory.CreateShopperAsync();

        var byShopper = await shopper.PostAsJsonAsync("/api/v1/communities", NewCommunity(kind: "store", storeId: store.Id));
        var withoutStore = await staff.PostAsJsonAsync("/api/v1/communities", NewCommunity(kind: "store"));
        var unknownStore = await staff.PostAsJsonAsync("/api/v1/communities", NewCommunity(kind: "store", storeId: Guid.CreateVersion7()));
        var first = (await CreateAsync(staff, NewCommunity(kind: "store", storeId: store.Id))).GetProperty("id").GetGuid();
        var second = (await CreateAsync(staff, NewCommunity(kind: "store", storeId: store.Id))).GetProperty("id").GetGuid();
        var shopperPins = await shopper.PostAsync($"/api/v1/communities/{first}/pin", null);
        await (await staff.PostAsync($"/api/v1/communities/{first}/pin", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await staff.PostAsync($"/api/v1/communities/{second}/pin", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var ofStore = await (await factory.Anonymous().GetAsync($"/api/v1/communities?storeId={store.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var storePage = await factory.Anonymous().GetStringAsync($"/stores/{store.Id}");

        await byShopper.ShouldBeProblem(HttpStatusCode.Forbidden, "not_store_staff");
        await withoutStore.ShouldBeValidationProblem("storeId");
        await unknownStore.ShouldBeValidationProblem("storeId");
        shopperPins.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ofStore.GetProperty("total").GetInt32().ShouldBe(2);
        ofStore.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("isPinned").GetBoolean()).Select(c => c.GetProperty("id").GetGuid())
            .ShouldBe([second]);
        storePage.ShouldContain($"data-community-id=\"{second}\"");
    }

    [Fact]
    public async Task A_second_community_with_the_same_name_gets_a_numbered_address()
    {
        var client = await factory.CreateShopperAsync();
        var name = TestData.Unique("Outdoor Walks");

        var first = await CreateAsync(client, NewCommunity(name));
        var second = await CreateAsync(client, NewCommunity(name));
        var third = await CreateAsync(client, NewCommunity(name.ToUpperInvariant()));

        var slug = first.GetProperty("slug").GetString()!;
        slug.ShouldBe(Community.SlugFrom(name));
        second.GetProperty("slug").GetString().ShouldBe(slug + "-2");
        third.GetProperty("slug").GetString().ShouldBe(slug + "-3");
    }

    [Fact]
    public async Task Browsing_finds_public_communities_by_name_and_kind_biggest_first()
    {
        var a = await factory.CreateAccountAsync();
        var b = await factory.CreateAccountAsync();
        var word = TestData.Unique("Knitting");
        var small = (await CreateAsync(a.Client, NewCommunity($"{word} small"))).GetProperty("id").GetGuid();
        var big = (await CreateAsync(a.Client, NewCommunity($"{word} big"))).GetProperty("id").GetGuid();
        await CreateAsync(a.Client, NewCommunity($"{word} street", kind: "neighbourhood"));
        await (await b.Client.PostAsync($"/api/v1/communities/{big}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);

        var found = await (await factory.Anonymous().GetAsync($"/api/v1/communities?q={word.ToUpperInvariant()}&kind=theme"))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var paged = await (await factory.Anonymous().GetAsync($"/api/v1/communities?q={word}&pageSize=1&page=2")).ShouldHaveStatus(HttpStatusCode.OK);
        var badKind = await factory.Anonymous().GetAsync("/api/v1/communities?kind=secret");
        var badPage = await factory.Anonymous().GetAsync("/api/v1/communities?page=0");

        found.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([big, small]);
        (paged.GetProperty("total").GetInt32(), paged.GetProperty("items").GetArrayLength()).ShouldBe((3, 1));
        await badKind.ShouldBeValidationProblem("kind");
        await badPage.ShouldBeValidationProblem("page");
    }

    [Fact]
    public async Task Only_an_owner_or_admin_edits_a_community()
    {
        var owner = await factory.CreateAccountAsync();
        var member = await factory.CreateAccountAsync();
        var id = (await CreateAsync(owner.Client, NewCommunity())).GetProperty("id").GetGuid();
        await (await member.Client.PostAsync($"/api/v1/communities/{id}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);

        var byMember = await member.Client.PutAsJsonAsync($"/api/v1/communities/{id}", new { name = "Taken over", visibility = "private" });
        await (await owner.Client.PutAsJsonAsync($"/api/v1/communities/{id}/members/{member.Id}/role", new { role = "admin" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var byAdmin = await (await member.Client.PutAsJsonAsync($"/api/v1/communities/{id}",
            new { name = "Cooking together", description = "", rules = "No ads.", visibility = "private" })).ShouldHaveStatus(HttpStatusCode.OK);
        var blank = await owner.Client.PutAsJsonAsync($"/api/v1/communities/{id}", new { name = " " });

        byMember.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (byAdmin.GetProperty("name").GetString(), byAdmin.GetProperty("rules").GetString(), byAdmin.GetProperty("visibility").GetString())
            .ShouldBe(("Cooking together", "No ads.", "private"));
        await blank.ShouldBeValidationProblem("name");
    }

    [Theory]
    [InlineData("name", "Bell\u0007 ringers")]
    [InlineData("name", "Evil \u202Egnp.exe")]
    [InlineData("name", "x")]
    [InlineData("description", "Null\0 byte")]
    [InlineData("rules", "Isolate \u2067 this")]
    public async Task Hostile_text_is_refused_naming_the_field(string field, string value)
    {
        var client = await factory.CreateShopperAsync();
        var request = new Dictionary<string, object?> { ["name"] = TestData.Unique("Safe"), ["kind"] = "theme", ["description"] = "", ["rules"] = "" };
        request[field] = value;

        var answer = await client.PostAsJsonAsync("/api/v1/communities", request);

        await answer.ShouldBeValidationProblem(field);
    }

    [Fact]
    public async Task Ten_thousand_emoji_are_refused_and_nothing_is_stored()
    {
        var client = await factory.CreateShopperAsync();
        var name = TestData.Unique("Emoji");
        var emoji = string.Concat(Enumerable.Repeat("😀", 10_000));

        var longName = await client.PostAsJsonAsync("/api/v1/communities", new { name = emoji, kind = "theme" });
        var longDescription = await client.PostAsJsonAsync("/api/v1/communities", new { name, kind = "theme", description = emoji });

        await longName.ShouldBeValidationProblem("name");
        await longDescription.ShouldBeValidationProblem("description");
        await using var scope = factory.Db();
        (await scope.Db.Set<Community>().CountAsync(c => c.Name == name)).ShouldBe(0);
    }

    [Fact]
    public async Task Markup_and_SQL_in_a_community_are_stored_as_text_and_shown_encoded()
    {
        var client = await factory.CreateShopperAsync();
        var name = "<script>alert(1)</script> " + Guid.NewGuid().ToString("N")[..6];
        var description = "'; DROP TABLE communities; -- <img src=x onerror=alert(1)> 家常菜 مرحبا";

        var created = await CreateAsync(client, NewCommunity(name, description: description));
        var page = await factory.Anonymous().GetStringAsync($"/communities/{created.GetProperty("slug").GetString()}");

        (created.GetProperty("name").GetString(), created.GetProperty("description").GetString()).ShouldBe((name, description));
        page.ShouldNotContain("<script>alert(1)</script>");
        page.ShouldNotContain("<img src=x");
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task Starting_a_community_needs_a_signed_in_caller_and_a_kind()
    {
        var client = await factory.CreateShopperAsync();

        var anonymous = await factory.Anonymous().PostAsJsonAsync("/api/v1/communities", NewCommunity());
        var noKind = await client.PostAsJsonAsync("/api/v1/communities", new { name = TestData.Unique("Kindless") });
        var unknown = await factory.Anonymous().GetAsync($"/api/v1/communities/{Guid.CreateVersion7()}");
        var joinUnknown = await client.PostAsync($"/api/v1/communities/{Guid.CreateVersion7()}/join", null);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await noKind.ShouldBeValidationProblem("kind");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        joinUnknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
