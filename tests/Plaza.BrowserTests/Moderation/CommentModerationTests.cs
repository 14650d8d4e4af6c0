using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Moderation;

[Collection(BrowserCollection.Name)]
public sealed class CommentModerationTests(BrowserFixture app)
{
    /// <summary>POST as this API client's account and return the created item's id.</summary>
    private async Task<Guid> PostAsync(PlazaApi as_, string path, object body)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", as_.Token);
        var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public Task A_moderator_removes_a_reported_comment_from_the_queue_and_it_is_gone_from_the_note_page() => app.RunSceneAsync(async scene =>
    {
        // A note with a rude comment under it.
        using var authorApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        using var commenterApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var noteId = await PostAsync(authorApi, "/api/v1/notes", new { title = "Sunday market", body = "The plums were lovely." });
        var words = "Nobody cares about your plums " + Guid.NewGuid().ToString("N")[..6];
        await PostAsync(commenterApi, $"/api/v1/notes/{noteId}/comments", new { text = words });

        // A neighbour reports it from the note page.
        using var reporterApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var reporter = await scene.OpenAsync(Screen.Phone, "reporter");
        await reporter.SignInAsync(reporterApi.Login);
        await reporter.GotoAsync($"/notes/{noteId}");
        var comment = reporter.GetByTestId("comments").Locator("li").Filter(new() { HasText = words });
        await comment.GetByTestId("report-comment").ClickAsync();
        await reporter.GetByTestId("reason-abuse").CheckAsync();
        await reporter.GetByTestId("report-note").FillAsync("Rude to the author.");
        await reporter.GetByTestId("report-submit").ClickAsync();
        await Expect(reporter).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/notes/{noteId}"));

        // The moderator finds it in the queue, looks at the author, warns them, then removes the comment.
        var moderator = await scene.OpenAsync(Screen.Laptop, "moderator");
        await moderator.SignInAsync("moderator@plaza.test");
        await moderator.Navigation().GetByRole(AriaRole.Link, new() { Name = "Moderation", Exact = true }).ClickAsync();
        var item = moderator.GetByTestId("queue-item").Filter(new() { HasText = words });
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Rude to the author.");
        await moderator.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await item.GetByTestId("queue-author").ClickAsync();
        await Expect(moderator.GetByTestId("person-trust-level")).ToContainTextAsync("New");
        await moderator.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await moderator.GetByTestId("warn-message").FillAsync("Please be kind to other shoppers.");
        await moderator.GetByTestId("warn").ClickAsync();
        await Expect(moderator.GetByTestId("person-history")).ToContainTextAsync("Please be kind to other shoppers.");
        await moderator.GetByTestId("suspend-days").FillAsync("3");
        await moderator.GetByTestId("suspend-reason").FillAsync("Cooling off");
        await moderator.GetByTestId("suspend").ClickAsync();
        await Expect(moderator.GetByTestId("person-status")).ToContainTextAsync("Suspended until");
        await moderator.GetByTestId("unsuspend").ClickAsync();
        await Expect(moderator.GetByTestId("person-status")).ToHaveTextAsync("Active");
        await moderator.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await moderator.GotoAsync("/moderation");
        item = moderator.GetByTestId("queue-item").Filter(new() { HasText = words });
        await item.GetByTestId("remove-reason").FillAsync("Personal attack");
        await item.GetByTestId("remove").ClickAsync();
        await Expect(moderator.GetByTestId("queue-item").Filter(new() { HasText = words })).ToHaveCountAsync(0);

        await moderator.GotoAsync("/moderation/audit");
        await Expect(moderator.GetByTestId("audit-log")).ToContainTextAsync("Personal attack");
        await Expect(moderator.GetByTestId("audit-log")).ToContainTextAsync("Cooling off");
        await moderator.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // Gone from the note page, which now shows no comments.
        await reporter.GotoAsync($"/notes/{noteId}");
        await Expect(reporter.GetByTestId("note-title")).ToHaveTextAsync("Sunday market");
        await Expect(reporter.GetByTestId("comments")).Not.ToContainTextAsync(words);
        await Expect(reporter.Locator("#comments-title")).ToContainTextAsync("(0)");
    });
}
