using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Notes;

namespace Plaza.IntegrationTests.Moderation;

/// <summary>
/// The spam model learns from the moderators' queue: each decision records the model version that judged the text and
/// the text's label; once enough labels exist the retraining sweep trains a new version that judges what comes next.
/// </summary>
public sealed class SpamLearningTests
{
    private const string NewScam = "Glimmerfruit vouchers from Qexo tonight, grab yours before they go";

    private static PlazaFactory Factory() => new(new Dictionary<string, string?> { ["Moderation:RetrainAfterLabels"] = "6" });

    /// <summary>Comments the pipeline held (written straight to the database), on one note.</summary>
    private static async Task<List<Guid>> HeldCommentsAsync(PlazaFactory factory, params string[] texts)
    {
        var noteId = await ModerationTestData.NoteAsync(await factory.CreateShopperAsync());
        var commenter = await factory.CreateAccountAsync();
        await using var scope = factory.Db();
        var comments = texts.Select(t => NoteComment.Write(noteId, null, commenter.Id, t, held: true, factory.Clock.GetUtcNow().UtcDateTime)).ToList();
        scope.Db.AddRange(comments);
        await scope.Db.SaveChangesAsync();
        return comments.Select(c => c.Id).ToList();
    }

    private static Task<int> SweepAsync(PlazaFactory factory) => RetrainOnce(factory.Services);

    /// <summary>The moderator removes each of <paramref name="ids"/> (held comments) as a scam.</summary>
    private static async Task RemoveAsync(TestAccount moderator, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
            await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/comment/{id}/remove",
                new { reason = "Scam" })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    private static async Task<int> RetrainOnce(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await RetrainSpamModel.SweepAsync(scope.ServiceProvider, CancellationToken.None);
    }

    [Fact]
    public async Task Decisions_name_the_judging_version_and_after_enough_of_them_a_retrained_version_judges_new_text()
    {
        await using var factory = Factory();
        var model = factory.Services.GetRequiredService<SpamModel>();
        var baseModel = (await model.Base(CancellationToken.None)).ShouldNotBeNull();
        baseModel.Version.ShouldStartWith("base-");
        var moderator = await factory.CreateModeratorAsync();
        var scams = await HeldCommentsAsync(factory, [.. Enumerable.Range(1, 4).Select(i => $"{NewScam} #{i}")]);
        var fine = await HeldCommentsAsync(factory, "Is the oat milk back on the shelf?", "Picked up the plums, lovely as ever");
        var before = baseModel.SpamProbability(NewScam);

        foreach (var id in scams)
        {
            var removed = await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/comment/{id}/remove", new { reason = "Scam" }))
                .ShouldHaveStatus(HttpStatusCode.OK);
            removed.GetProperty("modelVersion").GetString().ShouldBe(baseModel.Version);
        }
        (await SweepAsync(factory)).ShouldBe(0); // 4 labels: not enough yet
        foreach (var id in fine)
            await (await moderator.Client.PostAsync($"/api/v1/moderation/items/comment/{id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);

        await using (var scope = factory.Db())
        {
            var labels = await scope.Db.Set<SpamLabel>().AsNoTracking().ToListAsync();
            labels.Count.ShouldBe(6);
            labels.Count(l => l.Spam).ShouldBe(4);
            labels.ShouldAllBe(l => l.ModelVersion == baseModel.Version && l.SpamProbability != null);
            labels.Single(l => !l.Spam && l.Text == "Is the oat milk back on the shelf?").ContentKind.ShouldBe("comment");
            (await scope.Db.Set<ModerationAction>().AsNoTracking().Where(a => a.TargetKind == "comment").ToListAsync())
                .ShouldAllBe(a => a.ModelVersion == baseModel.Version);
        }

        factory.Clock.Advance(TimeSpan.FromHours(1));
        (await SweepAsync(factory)).ShouldBe(1);

        model.Current!.Version.ShouldBe("v1");
        model.Current.SpamProbability(NewScam).ShouldBeGreaterThan(before + 0.3);
        var later = (await HeldCommentsAsync(factory, "Do you still have the heather honey?"))[0];
        var approved = await (await moderator.Client.PostAsync($"/api/v1/moderation/items/comment/{later}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);
        approved.GetProperty("modelVersion").GetString().ShouldBe("v1");
        var audit = await (await moderator.Client.GetAsync("/api/v1/moderation/audit")).ShouldHaveStatus(HttpStatusCode.OK);
        audit[0].GetProperty("modelVersion").GetString().ShouldBe("v1");
        audit[1].GetProperty("modelVersion").GetString().ShouldBe(baseModel.Version);
        var cookies = new CookieContainerHandler();
        cookies.Container.Add(new Uri("http://localhost"), new Cookie("plaza_session", moderator.Token));
        var page = await factory.CreateDefaultClient(cookies).GetStringAsync("/moderation/audit");
        page.ShouldContain("<td data-testid=\"audit-model\">v1</td>");
        page.ShouldContain($"<td data-testid=\"audit-model\">{baseModel.Version}</td>");
        await using (var scope = factory.Db())
        {
            var stored = await scope.Db.Set<SpamModelVersion>().AsNoTracking().SingleAsync();
            (stored.Number, stored.Version, stored.Labels, stored.TrainedAtUtc).ShouldBe((1, "v1", 6, PlazaFactory.Start.UtcDateTime.AddHours(1)));
            stored.Model.ShouldNotBeNull();
        }
        (await SweepAsync(factory)).ShouldBe(0); // one label since v1: not enough
    }

    [Fact]
    public async Task A_new_comment_like_the_removed_ones_is_kept_back_once_the_retrained_version_judges()
    {
        await using var factory = Factory();
        var model = factory.Services.GetRequiredService<SpamModel>();
        await model.Base(CancellationToken.None);
        var moderator = await factory.CreateModeratorAsync();
        var author = await factory.CreateShopperAsync();
        var noteId = await ModerationTestData.NoteAsync(author);
        var first = await (await author.PostAsJsonAsync($"/api/v1/notes/{noteId}/comments", new { text = NewScam }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        first.GetProperty("status").GetString().ShouldBe("published");

        await RemoveAsync(moderator, await HeldCommentsAsync(factory, [.. Enumerable.Range(1, 6).Select(i => $"{NewScam} ({i})")]));
        (await SweepAsync(factory)).ShouldBe(1);

        var again = await author.PostAsJsonAsync($"/api/v1/notes/{noteId}/comments", new { text = NewScam + "!" });
        if (again.StatusCode == HttpStatusCode.Created)
            (await again.ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("status").GetString().ShouldBe("pending");
        else
            await again.ShouldBeValidationProblem("text");
        var fine = await (await author.PostAsJsonAsync($"/api/v1/notes/{noteId}/comments", new { text = "Are the plums still £2.50 a punnet?" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        fine.GetProperty("status").GetString().ShouldBe("published");
    }

    [Fact]
    public async Task The_running_job_retrains_when_the_app_clock_reaches_its_next_tick()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "true", ["Moderation:RetrainMinutes"] = "60", ["Moderation:RetrainAfterLabels"] = "6",
        });
        var model = factory.Services.GetRequiredService<SpamModel>();
        await model.Base(CancellationToken.None);
        var moderator = await factory.CreateModeratorAsync();
        await RemoveAsync(moderator, await HeldCommentsAsync(factory, [.. Enumerable.Range(1, 6).Select(i => $"{NewScam} <{i}>")]));
        model.CurrentNumber.ShouldBe(0);

        factory.Clock.Advance(TimeSpan.FromMinutes(60));

        for (var i = 0; i < 600 && model.CurrentNumber < 1; i++) await Task.Delay(200); // training takes seconds on its own task
        model.CurrentNumber.ShouldBe(1);
        model.Current!.Version.ShouldBe("v1");
    }

    [Fact]
    public async Task Two_nodes_sweeping_at_once_store_one_version_and_the_other_adopts_it()
    {
        await using var factory = Factory();
        var model = factory.Services.GetRequiredService<SpamModel>();
        await model.Base(CancellationToken.None);
        var moderator = await factory.CreateModeratorAsync();
        await RemoveAsync(moderator, await HeldCommentsAsync(factory, [.. Enumerable.Range(1, 6).Select(i => $"{NewScam} [{i}]")]));

        // A second node: its own spam model, the same database.
        await using var other = new PlazaFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Plaza"] = factory.Database.ConnectionString, ["Moderation:RetrainAfterLabels"] = "6",
        });
        var otherModel = other.Services.GetRequiredService<SpamModel>();
        await otherModel.Base(CancellationToken.None);

        var taken = await Task.WhenAll(RetrainOnce(factory.Services), RetrainOnce(other.Services));

        taken.Sum().ShouldBeGreaterThanOrEqualTo(1);
        await using (var scope = factory.Db()) (await scope.Db.Set<SpamModelVersion>().CountAsync()).ShouldBe(1);
        await RetrainOnce(factory.Services);
        await RetrainOnce(other.Services);
        model.Current!.Version.ShouldBe("v1");
        otherModel.Current!.Version.ShouldBe("v1");
        model.Current.SpamProbability(NewScam).ShouldBe(otherModel.Current.SpamProbability(NewScam), 1e-6);
    }
}
