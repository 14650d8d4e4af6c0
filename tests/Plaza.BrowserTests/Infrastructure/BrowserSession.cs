using Microsoft.Playwright;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>One test's browser context and page, and what went wrong in it.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly string _testName;
    private readonly ServerLog _serverLog;
    private readonly long _serverLogMark;
    private readonly List<string> _serverErrors = [];

    public BrowserSession(IBrowserContext context, IPage page, string testName, ServerLog serverLog)
    {
        _serverLog = serverLog;
        _serverLogMark = serverLog.Mark();
        Context = context;
        Page = page;
        _testName = testName;
        context.Response += (_, response) =>
        {
            if (response.Status < 500) return;
            lock (_serverErrors) _serverErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>5xx answers the app gave this browser (a person would have seen an error page).</summary>
    public IReadOnlyList<string> ServerErrors
    {
        get { lock (_serverErrors) return _serverErrors.ToList(); }
    }

    public async Task SaveEvidenceAsync()
    {
        try
        {
            var folder = Path.Combine(Paths.TestResults, "browser");
            Directory.CreateDirectory(folder);
            await File.WriteAllLinesAsync(Path.Combine(folder, _testName + "-server.log"), _serverLog.Since(_serverLogMark));
            foreach (var (page, i) in Context.Pages.Select((p, i) => (p, i)))
            {
                var file = Path.Combine(folder, $"{_testName}{(i == 0 ? "" : "-" + i)}");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true, Timeout = 5_000 });
                await File.WriteAllTextAsync(
                    file + ".txt", $"url: {page.Url}\nserver errors:\n{string.Join('\n', ServerErrors)}\n\n{await page.ContentAsync()}");
            }
        }
        catch (Exception)
        {
            // Evidence is a courtesy: never hide the real failure behind a failed screenshot.
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

internal static class Paths
{
    /// <summary>The repository's TestResults folder (test.sh collects results there), else one next to the test binaries.</summary>
    public static string TestResults
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Plaza.slnx"))) return Path.Combine(dir.FullName, "TestResults");
            return Path.Combine(AppContext.BaseDirectory, "TestResults");
        }
    }
}
