using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Notes;

namespace Plaza.IntegrationTests.Moderation;

public sealed class CommentModerationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private Task<TestAccount> ModeratorAsync() => factory.CreateModeratorAsync();

    private static Task<Guid> NoteAsync(HttpClient author) => ModerationTestData.NoteAsync(author);

    private static async Task<Guid> CommentAsync(HttpClient client, Guid noteId, string text, Guid? parentId = null) =>
        (await (await client.PostAsJsonAsync(parentId is { } p ? $"/api/v1/notes/{noteId}/comments/{p}/replies" : $"/api/v1/notes/{noteId}/comments",
            new { text }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<int> CommentCountAsync(Guid noteId) =>
        (await (await factory.Anonymous().GetAsync($"/api/v1/notes/{noteId}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("commentCount").GetInt32();

    private static async Task<List<JsonElement>> QueueAsync(HttpClient moderator) =>
        (await (await moderator.GetAsync("/api/v1/moderation/queue")).ShouldHaveStatus(HttpStatusCode.OK)).EnumerateArray().ToList();

    [Fact]
    public async Task A_removed_comment_vanishes_everywhere()
    {
        var author = await factory.CreateAccountAsync(displayName: "Nora");
        var commenter = await factory.CreateAccountAsync(displayName: "Carl");
        var replier = await factory.CreateAccountAsync(displayName: "Rita");
        var reporter = await factory.CreateAccountAsync();
        var moderator = await ModeratorAsync();
        var noteId = await NoteAsync(author.Client);
        const string Removed = "Nora sells rotten plums, avoid her stall";
        var commentId = await CommentAsync(commenter.Client, noteId, Removed);
        await CommentAsync(replier.Client, noteId, "The plums were fine for me", commentId);
        (await CommentCountAsync(noteId)).ShouldBe(2);

        await (await reporter.Client.PostAsJsonAsync("/api/v1/reports",
            new { kind = "comment", id = commentId, reason = "abuse", note = "Insults the author" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var queued = (await QueueAsync(moderator.Client)).Single(i => i.GetProperty("id").GetGuid() == commentId);
        queued.GetProperty("kind").GetString().ShouldBe("comment");
        queued.GetProperty("excerpt").GetString().ShouldBe(Removed);
        queued.GetProperty("link").GetString().ShouldBe($"/notes/{noteId}#comment-{commentId}");

        var removed = await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/comment/{commentId}/remove", new { reason = "Personal attack" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        removed.GetProperty("reportsClosed").GetInt32().ShouldBe(1);

        // The note page, the comments API (for anyone, the author included), the count on the note and on the author's profile list.
        var page = await factory.Anonymous().GetStringAsync($"/notes/{noteId}");
        page.ShouldNotContain("rotten plums");
        page.ShouldContain("The plums were fine for me");
        page.ShouldContain("This comment was removed by a moderator.");
        foreach (var client in new[] { factory.Anonymous(), commenter.Client })
        {
            var comments = (await client.GetStringAsync($"/api/v1/notes/{noteId}/comments"));
            comments.ShouldNotContain("rotten plums");
            comments.ShouldNotContain(commenter.Id.ToString());
            comments.ShouldContain("The plums were fine for me");
        }
        (await CommentCountAsync(noteId)).ShouldBe(1);
        var profile = await (await factory.Anonymous().GetAsync($"/api/v1/people/{author.Id}/notes")).ShouldHaveStatus(HttpStatusCode.OK);
        profile.GetProperty("items")[0].GetProperty("commentCount").GetInt32().ShouldBe(1);
        (await QueueAsync(moderator.Client)).ShouldNotContain(i => i.GetProperty("id").GetGuid() == commentId);

        // Nobody can reply to it or report it any more; a second removal does not move the count again.
        (await replier.Client.PostAsJsonAsync($"/api/v1/notes/{noteId}/comments/{commentId}/replies", new { text = "Still there?" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/reports", new { kind = "comment", id = commentId, reason = "spam" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/comment/{commentId}/remove", new { reason = "Personal attack" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        (await CommentCountAsync(noteId)).ShouldBe(1);

        // Its author is told why, and their export keeps it.
        var notifications = await (await commenter.Client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);
        notifications.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString())
            .ShouldContain("A moderator removed what you wrote. Reason: Personal attack");
        var export = await commenter.Client.GetStringAsync("/api/v1/me/export");
        export.ShouldContain("rotten plums");
        await using var scope = factory.Db();
        (await scope.Db.Set<NoteComment>().AsNoTracking().SingleAsync(c => c.Id == commentId)).Status.ShouldBe(NoteStatus.Removed);
        (await scope.Db.Set<ModerationAction>().AsNoTracking().Where(a => a.TargetId == commentId && a.Action == "remove" && a.Reason == "Personal attack")
            .Select(a => a.SubjectAccountId).ToListAsync()).ShouldBe([commenter.Id, commenter.Id]);
    }

    [Fact]
    public async Task A_removed_comment_without_replies_leaves_no_trace_on_the_note()
    {
        var author = await factory.CreateAccountAsync();
        var commenter = await factory.CreateAccountAsync(displayName: "Sam");
        var moderator = await ModeratorAsync();
        var noteId = await NoteAsync(author.Client);
        var commentId = await CommentAsync(commenter.Client, noteId, "Cheap pills at example dot com");

        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/comment/{commentId}/remove", new { reason = "Spam" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var comments = await (await factory.Anonymous().GetAsync($"/api/v1/notes/{noteId}/comments")).ShouldHaveStatus(HttpStatusCode.OK);
        comments.GetArrayLength().ShouldBe(0);
        var page = await factory.Anonymous().GetStringAsync($"/notes/{noteId}");
        page.ShouldNotContain("Cheap pills");
        page.ShouldNotContain("This comment was removed by a moderator.");
        (await CommentCountAsync(noteId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_held_comment_waits_in_the_queue_and_counts_once_a_moderator_approves_it()
    {
        var author = await factory.CreateAccountAsync();
        var commenter = await factory.CreateAccountAsync();
        var moderator = await ModeratorAsync();
        var noteId = await NoteAsync(author.Client);
        var held = NoteComment.Write(noteId, null, commenter.Id, "Is this link fine? example.com", held: true, factory.Clock.GetUtcNow().UtcDateTime);
        await using (var scope = factory.Db())
        {
            scope.Db.Add(held);
            await scope.Db.SaveChangesAsync();
        }

        var queued = (await QueueAsync(moderator.Client)).Single(i => i.GetProperty("id").GetGuid() == held.Id);
        queued.GetProperty("held").GetBoolean().ShouldBeTrue();
        (await factory.Anonymous().GetStringAsync($"/api/v1/notes/{noteId}/comments")).ShouldNotContain("Is this link fine?");

        await (await moderator.Client.PostAsync($"/api/v1/moderation/items/comment/{held.Id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await moderator.Client.PostAsync($"/api/v1/moderation/items/comment/{held.Id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);

        (await factory.Anonymous().GetStringAsync($"/api/v1/notes/{noteId}/comments")).ShouldContain("Is this link fine?");
        (await CommentCountAsync(noteId)).ShouldBe(1);
        (await QueueAsync(moderator.Client)).ShouldNotContain(i => i.GetProperty("id").GetGuid() == held.Id);
    }

    [Fact]
    public async Task A_comment_on_a_note_the_reporter_cannot_see_cannot_be_reported()
    {
        var stranger = await factory.CreateAccountAsync();
        (await stranger.Client.PostAsJsonAsync("/api/v1/reports", new { kind = "comment", id = Guid.NewGuid(), reason = "spam" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
