using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Platform.Auth;

namespace Plaza.IntegrationTests.Moderation;

/// <summary>Per-person posting limits, counted from the database, and trust levels that grow with activity. Moves its own clock.</summary>
public sealed class PostingLimitTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static Task<HttpResponseMessage> NoteAsync(HttpClient author, string title = "Market day") =>
        author.PostAsJsonAsync("/api/v1/notes", new { title, body = "Lovely plums at the corner." });

    private static async Task<Guid> NoteIdAsync(HttpClient author) =>
        (await (await NoteAsync(author)).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> CommentAsync(HttpClient client, Guid noteId, string text) =>
        client.PostAsJsonAsync($"/api/v1/notes/{noteId}/comments", new { text });

    private static async Task<int> TrustLevelAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/auth/me")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("trustLevel").GetInt32();

    private async Task LockAsync(Guid accountId, int? level)
    {
        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().SingleAsync(a => a.Id == accountId)).LockTrustLevel(level);
        await scope.Db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_new_account_comments_ten_times_an_hour_then_gets_429_with_Retry_After_until_the_hour_has_passed()
    {
        var noteId = await NoteIdAsync(await factory.CreateShopperAsync());
        var commenter = await factory.CreateAccountAsync();
        for (var i = 1; i <= 10; i++)
        {
            await (await CommentAsync(commenter.Client, noteId, $"Comment number {i}")).ShouldHaveStatus(HttpStatusCode.Created);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var refused = await CommentAsync(commenter.Client, noteId, "One too many");
        await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        // The first comment leaves the hour in 60 - 10 = 50 minutes.
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromMinutes(50));
        await (await CommentAsync(await factory.CreateShopperAsync(), noteId, "Someone else may")).ShouldHaveStatus(HttpStatusCode.Created);

        factory.Clock.Advance(TimeSpan.FromMinutes(50));
        await (await CommentAsync(commenter.Client, noteId, "Now it is fine")).ShouldHaveStatus(HttpStatusCode.Created);
        await using var scope = factory.Db();
        (await scope.Db.Set<Plaza.Web.Modules.Notes.NoteComment>().CountAsync(c => c.AuthorAccountId == commenter.Id)).ShouldBe(11);
    }

    [Fact]
    public async Task A_new_account_posts_three_notes_an_hour_and_a_member_posts_more()
    {
        var newcomer = await factory.CreateAccountAsync();
        var member = await factory.CreateAccountAsync();
        await LockAsync(member.Id, 2);
        for (var i = 0; i < 3; i++)
        {
            await (await NoteAsync(newcomer.Client)).ShouldHaveStatus(HttpStatusCode.Created);
            await (await NoteAsync(member.Client)).ShouldHaveStatus(HttpStatusCode.Created);
        }

        await (await NoteAsync(newcomer.Client, "Fourth")).ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        await (await NoteAsync(member.Client, "Fourth")).ShouldHaveStatus(HttpStatusCode.Created);
        await using var scope = factory.Db();
        (await scope.Db.Set<Plaza.Web.Modules.Notes.Note>().CountAsync(n => n.AuthorAccountId == newcomer.Id)).ShouldBe(3);
    }

    [Fact]
    public async Task A_new_account_files_five_reports_an_hour()
    {
        var writer = await factory.CreateAccountAsync();
        await LockAsync(writer.Id, 3);
        var noteIds = new List<Guid>();
        for (var i = 0; i < 6; i++) noteIds.Add(await NoteIdAsync(writer.Client));
        var reporter = await factory.CreateShopperAsync();

        foreach (var id in noteIds.Take(5))
            await (await reporter.PostAsJsonAsync("/api/v1/reports", new { kind = "note", id, reason = "spam" })).ShouldHaveStatus(HttpStatusCode.Created);

        await (await reporter.PostAsJsonAsync("/api/v1/reports", new { kind = "note", id = noteIds[5], reason = "spam" }))
            .ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task The_trust_level_grows_with_published_activity_and_a_removal_by_a_moderator_sets_it_back()
    {
        var noteId = await NoteIdAsync(await factory.CreateShopperAsync());
        var person = await factory.CreateAccountAsync();
        (await TrustLevelAsync(person.Client)).ShouldBe(0);
        var first = (await (await CommentAsync(person.Client, noteId, "Great tip")).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await CommentAsync(person.Client, noteId, "Went there today")).ShouldHaveStatus(HttpStatusCode.Created);
        await (await CommentAsync(person.Client, noteId, "The plums are back")).ShouldHaveStatus(HttpStatusCode.Created);
        (await TrustLevelAsync(person.Client)).ShouldBe(0);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await TrustLevelAsync(person.Client)).ShouldBe(1);
        await using (var scope = factory.Db())
            (await scope.Db.Set<Account>().AsNoTracking().SingleAsync(a => a.Id == person.Id)).TrustLevel.ShouldBe(1);

        var moderator = await factory.CreateAccountAsync();
        await using (var scope = factory.Db())
        {
            (await scope.Db.Set<Account>().SingleAsync(a => a.Id == moderator.Id)).GrantRole(Roles.Moderator);
            await scope.Db.SaveChangesAsync();
        }
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/comment/{first}/remove", new { reason = "Off topic" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        // Stored at once, before the person does anything: live chat reads the level as stored.
        await using (var scope = factory.Db())
            (await scope.Db.Set<Account>().AsNoTracking().SingleAsync(a => a.Id == person.Id)).TrustLevel.ShouldBe(0);
        (await TrustLevelAsync(person.Client)).ShouldBe(0);
        // A week old would be basic by age alone, but not within 30 days of a removal.
        factory.Clock.Advance(TimeSpan.FromDays(7));
        (await TrustLevelAsync(person.Client)).ShouldBe(0);
        factory.Clock.Advance(TimeSpan.FromDays(30)); // sessions last 30 days: sign in again
        var signedIn = await (await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/sign-in", new { login = person.Login, password = PlazaFactory.Password }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        (await TrustLevelAsync(factory.WithToken(signedIn.GetProperty("accessToken").GetString()!))).ShouldBe(1);
    }

    [Fact]
    public async Task A_moderator_locks_a_trust_level_it_holds_whatever_the_activity_and_the_audit_log_says_so()
    {
        var person = await factory.CreateAccountAsync();
        var moderator = await factory.CreateAccountAsync(displayName: "Lock Moderator");
        await using (var scope = factory.Db())
        {
            (await scope.Db.Set<Account>().SingleAsync(a => a.Id == moderator.Id)).GrantRole(Roles.Moderator);
            await scope.Db.SaveChangesAsync();
        }
        (await person.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/trust-level",
            new { level = 3 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/trust-level",
            new { level = 7 })).ShouldBeValidationProblem("level");

        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/trust-level",
            new { level = 3 })).ShouldHaveStatus(HttpStatusCode.OK);

        (await TrustLevelAsync(person.Client)).ShouldBe(3);
        var standing = await (await moderator.Client.GetAsync($"/api/v1/moderation/accounts/{person.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        (standing.GetProperty("trustLevel").GetInt32(), standing.GetProperty("trustLevelLocked").GetBoolean()).ShouldBe((3, true));
        var audit = await (await moderator.Client.GetAsync("/api/v1/moderation/audit")).ShouldHaveStatus(HttpStatusCode.OK);
        audit.EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "lock_trust"
            && e.GetProperty("subjectAccountId").GetGuid() == person.Id && e.GetProperty("reason").GetString() == "level 3");

        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/trust-level",
            new { level = (int?)null })).ShouldHaveStatus(HttpStatusCode.OK);
        (await TrustLevelAsync(person.Client)).ShouldBe(0);
    }
}
