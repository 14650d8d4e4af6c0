using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Reviews;
using Plaza.Web.Platform.Auth;

namespace Plaza.IntegrationTests.Moderation;

public sealed class ModerationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    /// <summary>A review written straight into the database (the Reviews tests cover how one is earned).</summary>
    private async Task<Review> ReviewAsync(Guid authorId, string text, bool held = false)
    {
        var review = Review.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), authorId, orderCompleted: true,
            stars: 2, text, held, factory.Clock.GetUtcNow().UtcDateTime);
        await using var scope = factory.Db();
        scope.Db.Add(review);
        await scope.Db.SaveChangesAsync();
        return review;
    }

    private Task<TestAccount> ModeratorAsync() => factory.CreateModeratorAsync();

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, Guid id, string reason = "spam", string? note = null) =>
        client.PostAsJsonAsync("/api/v1/reports", new { kind = "review", id, reason, note });

    private static async Task<List<JsonElement>> QueueAsync(HttpClient moderator) =>
        (await (await moderator.GetAsync("/api/v1/moderation/queue")).ShouldHaveStatus(HttpStatusCode.OK)).EnumerateArray().ToList();

    private static async Task<List<JsonElement>> AuditAsync(HttpClient moderator) =>
        (await (await moderator.GetAsync("/api/v1/moderation/audit")).ShouldHaveStatus(HttpStatusCode.OK)).EnumerateArray().ToList();

    [Fact]
    public async Task A_reported_review_removed_by_a_moderator_vanishes_from_the_product_and_the_author_is_told_why()
    {
        var author = await factory.CreateAccountAsync(displayName: "Ana");
        var reporter = await factory.CreateAccountAsync();
        var moderator = await ModeratorAsync();
        var review = await ReviewAsync(author.Id, "Buy cheap watches at my site");

        await (await ReportAsync(reporter.Client, review.Id, "spam", "Advertising <b>elsewhere</b>")).ShouldHaveStatus(HttpStatusCode.Created);
        var queued = (await QueueAsync(moderator.Client)).Single(i => i.GetProperty("id").GetGuid() == review.Id);
        queued.GetProperty("reportCount").GetInt32().ShouldBe(1);
        queued.GetProperty("reasons")[0].GetProperty("reason").GetString().ShouldBe("spam");
        queued.GetProperty("held").GetBoolean().ShouldBeFalse();

        var removed =
            await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/review/{review.Id}/remove", new { reason = "Advertising is not allowed" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        removed.GetProperty("reportsClosed").GetInt32().ShouldBe(1);
        var listed = await (await factory.Anonymous().GetAsync($"/api/v1/products/{review.ProductId}/reviews")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.GetProperty("items").GetArrayLength().ShouldBe(0);
        (await QueueAsync(moderator.Client)).ShouldNotContain(i => i.GetProperty("id").GetGuid() == review.Id);
        var notifications = await (await author.Client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);
        notifications.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString())
            .ShouldContain("A moderator removed what you wrote. Reason: Advertising is not allowed");
        await using var scope = factory.Db();
        var stored = await scope.Db.Set<Review>().AsNoTracking().SingleAsync(r => r.Id == review.Id);
        stored.Status.ShouldBe(ReviewStatus.Removed);
        stored.RemovalReason.ShouldBe("Advertising is not allowed");
        (await scope.Db.Set<Report>().SingleAsync(r => r.ContentId == review.Id)).Status.ShouldBe(ReportStatus.Closed);
    }

    [Fact]
    public async Task A_shopper_cannot_see_the_queue_the_audit_log_or_act()
    {
        var shopper = await factory.CreateAccountAsync();
        var review = await ReviewAsync(shopper.Id, "Fine bread", held: true);

        (await shopper.Client.GetAsync("/api/v1/moderation/queue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shopper.Client.GetAsync("/api/v1/moderation/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shopper.Client.PostAsync($"/api/v1/moderation/items/review/{review.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.Anonymous().GetAsync("/api/v1/moderation/queue")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var scope = factory.Db();
        (await scope.Db.Set<Review>().SingleAsync(r => r.Id == review.Id)).Status.ShouldBe(ReviewStatus.Pending);
    }

    [Fact]
    public async Task Reporting_the_same_review_twice_returns_409_and_keeps_one_report()
    {
        var reporter = await factory.CreateAccountAsync();
        var review = await ReviewAsync((await factory.CreateAccountAsync()).Id, "Stale and expensive");

        await (await ReportAsync(reporter.Client, review.Id, "misleading")).ShouldHaveStatus(HttpStatusCode.Created);
        await (await ReportAsync(reporter.Client, review.Id, "abuse")).ShouldBeProblem(HttpStatusCode.Conflict, "already_reported");

        await using var scope = factory.Db();
        (await scope.Db.Set<Report>().CountAsync(r => r.ContentId == review.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Reporting_a_missing_or_held_review_is_not_found_and_a_bad_reason_names_the_field()
    {
        var reporter = await factory.CreateAccountAsync();
        var held = await ReviewAsync((await factory.CreateAccountAsync()).Id, "Waiting for a moderator", held: true);
        var published = await ReviewAsync((await factory.CreateAccountAsync()).Id, "Nice");

        (await ReportAsync(reporter.Client, Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReportAsync(reporter.Client, held.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await ReportAsync(reporter.Client, published.Id, "boring")).ShouldBeValidationProblem("reason");
        await (await ReportAsync(reporter.Client, published.Id, "other", new string('x', 501))).ShouldBeValidationProblem("note");

        await using var scope = factory.Db();
        (await scope.Db.Set<Report>().CountAsync(r => r.ReporterId == reporter.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_held_review_appears_in_the_queue_and_approving_publishes_it()
    {
        var moderator = await ModeratorAsync();
        var review = await ReviewAsync((await factory.CreateAccountAsync()).Id, "Unsure about this one", held: true);

        var queued = (await QueueAsync(moderator.Client)).Single(i => i.GetProperty("id").GetGuid() == review.Id);
        queued.GetProperty("held").GetBoolean().ShouldBeTrue();
        queued.GetProperty("status").GetString().ShouldBe("pending");
        queued.GetProperty("excerpt").GetString()!.ShouldContain("Unsure about this one");

        await (await moderator.Client.PostAsync($"/api/v1/moderation/items/review/{review.Id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);

        var listed = await (await factory.Anonymous().GetAsync($"/api/v1/products/{review.ProductId}/reviews")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(review.Id);
        (await QueueAsync(moderator.Client)).ShouldNotContain(i => i.GetProperty("id").GetGuid() == review.Id);
    }

    [Fact]
    public async Task Removing_without_a_reason_names_the_field_and_an_unknown_item_is_not_found()
    {
        var moderator = await ModeratorAsync();
        var review = await ReviewAsync((await factory.CreateAccountAsync()).Id, "Keep me");

        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/review/{review.Id}/remove",
            new { reason = " " })).ShouldBeValidationProblem("reason");
        (await moderator.Client.PostAsync($"/api/v1/moderation/items/review/{Guid.NewGuid()}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await moderator.Client.PostAsync($"/api/v1/moderation/items/poem/{review.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var scope = factory.Db();
        (await scope.Db.Set<Review>().SingleAsync(r => r.Id == review.Id)).Status.ShouldBe(ReviewStatus.Published);
    }

    [Fact]
    public async Task Every_moderator_action_is_in_the_audit_log()
    {
        var moderator = await ModeratorAsync();
        var admin = await factory.CreateAdminAccountAsync();
        var person = await factory.CreateAccountAsync();
        var held = await ReviewAsync(person.Id, "Held text", held: true);
        var other = await ReviewAsync(person.Id, "Rude text");

        await (await moderator.Client.PostAsync($"/api/v1/moderation/items/review/{held.Id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/review/{other.Id}/remove",
            new { reason = "Rude" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/warn",
            new { message = "Please be kind" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await admin.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/suspend",
            new { days = 3, reason = "Repeated abuse" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await moderator.Client.PostAsync($"/api/v1/moderation/accounts/{person.Id}/unsuspend", null)).ShouldHaveStatus(HttpStatusCode.OK);

        var audit = (await AuditAsync(admin.Client))
            .Where(e => e.GetProperty("targetId").GetGuid() is var t && (t == held.Id || t == other.Id || t == person.Id)).ToList();
        audit.Select(e => e.GetProperty("action").GetString()).ShouldBe(["unsuspend", "suspend", "warn", "remove", "approve"], ignoreOrder: true);
        audit.Single(e => e.GetProperty("action").GetString() == "remove").GetProperty("reason").GetString().ShouldBe("Rude");
        audit.Single(e => e.GetProperty("action").GetString() == "suspend").GetProperty("moderatorId").GetGuid().ShouldBe(admin.Id);
        audit.Single(e => e.GetProperty("action").GetString() == "approve").GetProperty("targetKind").GetString().ShouldBe("review");
        audit.Single(e => e.GetProperty("action").GetString() == "warn").GetProperty("targetKind").GetString().ShouldBe("account");
    }

    [Fact]
    public async Task A_suspended_account_cannot_sign_in_until_the_suspension_ends_and_its_token_stops_working()
    {
        var moderator = await ModeratorAsync();
        var person = await factory.CreateAccountAsync();
        using var anonymous = factory.Anonymous();

        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/suspend",
            new { days = 2, reason = "Spam wave" })).ShouldHaveStatus(HttpStatusCode.OK);

        (await person.Client.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/sign-in", new { login = person.Login, password = PlazaFactory.Password }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "suspended");
        factory.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/sign-in", new { login = person.Login, password = PlazaFactory.Password }))
            .ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_suspension_needs_1_to_365_days_and_a_reason()
    {
        var moderator = await ModeratorAsync();
        var person = await factory.CreateAccountAsync();

        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/suspend",
            new { days = 0, reason = "x" })).ShouldBeValidationProblem("days");
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{person.Id}/suspend",
            new { days = 3 })).ShouldBeValidationProblem("reason");
        (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/accounts/{Guid.NewGuid()}/suspend",
            new { days = 3, reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().SingleAsync(a => a.Id == person.Id)).SuspendedUntilUtc.ShouldBeNull();
    }

    /// <summary>A page client signed in as the account (the session cookie carries the same token).</summary>
    private HttpClient PageClient(TestAccount account)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{AuthSchemes.CookieName}={account.Token}");
        return client;
    }

    [Fact]
    public async Task The_queue_page_shows_a_held_review_to_a_moderator_and_not_to_a_shopper()
    {
        var moderator = await ModeratorAsync();
        var shopper = await factory.CreateAccountAsync();
        var review = await ReviewAsync(shopper.Id, "Held <script>alert(1)</script> words", held: true);

        var html = await PageClient(moderator).GetStringAsync("/moderation");
        var refused = await PageClient(shopper).GetAsync("/moderation");

        html.ShouldContain("Held &lt;script&gt;alert(1)&lt;/script&gt; words");
        html.ShouldContain($"value=\"{review.Id}\"");
        refused.IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    public async Task A_persons_reports_are_in_their_export_and_deleted_with_their_account()
    {
        var reporter = await factory.CreateAccountAsync();
        var review = await ReviewAsync((await factory.CreateAccountAsync()).Id, "Questionable claims");
        await (await ReportAsync(reporter.Client, review.Id, "misleading", "Says it cures colds")).ShouldHaveStatus(HttpStatusCode.Created);

        var export = await (await reporter.Client.GetAsync("/api/v1/me/export")).ShouldHaveStatus(HttpStatusCode.OK);
        var reports = export.GetProperty("sections").GetProperty("reports");
        reports.GetArrayLength().ShouldBe(1);
        reports[0].GetProperty("note").GetString().ShouldBe("Says it cures colds");

        await (await reporter.Client.PostAsJsonAsync("/api/v1/me/delete",
            new { password = PlazaFactory.Password, content = "remove" })).ShouldHaveStatus(HttpStatusCode.NoContent);
        await using var scope = factory.Db();
        (await scope.Db.Set<Report>().CountAsync(r => r.ReporterId == reporter.Id)).ShouldBe(0);
    }
}
