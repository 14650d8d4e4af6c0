using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>
/// One app and one headless Chromium for the whole collection (starting either takes seconds);
/// every test gets a browser context of its own, so cookies and storage never leak between tests.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
    ];

    private PlazaServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PlazaServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => Server.BaseUrl;

    public async Task InitializeAsync()
    {
        // The first waits (payment webhook, page loads on a busy two-core box) get room to breathe.
        Assertions.SetDefaultExpectTimeout(15_000);
        try
        {
            _server = await StartServerAsync();
            _playwright = await Playwright.CreateAsync();
            var chromium = Environment.GetEnvironmentVariable("PLAZA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
            if (!File.Exists(chromium))
                throw new InvalidOperationException(
                    $"No Chromium at {chromium}. Install it (apt-get install chromium) or set PLAZA_CHROMIUM; these tests never download browsers.");
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>The app this fixture's tests use: the plain one unless a fixture needs more around it.</summary>
    protected virtual Task<PlazaServer> StartServerAsync() => Task.FromResult(PlazaServer.Start());

    public virtual async Task DisposeAsync()
    {
        try
        {
            if (_browser is not null) await _browser.CloseAsync();
        }
        finally
        {
            _browser = null;
            _playwright?.Dispose();
            _playwright = null;
            if (_server is not null) await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <summary>A fresh context and page at the given screen size, pointed at the app.</summary>
    internal async Task<BrowserSession> OpenAsync(Screen screen, string name)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsMobile,
            HasTouch = screen.IsMobile,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, name, Server.Log);
    }

    /// <summary>
    /// Runs a test body with one person at one browser. On failure it saves a screenshot, the page
    /// and the server's log to TestResults/browser/, so a red run can be read without re-running it.
    /// The test also fails when the app answered any request with a 5xx.
    /// </summary>
    internal Task RunAsync(Screen screen, Func<IPage, Task> body, [CallerMemberName] string testName = "") =>
        RunAsync(testName, async scene => await body(await scene.OpenAsync(screen)));

    /// <summary>Like the other overload, for tests with more than one person (a shopper and staff), each in their own browser.</summary>
    internal async Task RunAsync(string testName, Func<Scene, Task> body)
    {
        await using var scene = new Scene(this, testName);
        try
        {
            await body(scene);
            scene.ServerErrors.ShouldBeEmpty("the app answered with a server error");
        }
        catch
        {
            await scene.SaveEvidenceAsync();
            throw;
        }
    }

    internal Task RunSceneAsync(Func<Scene, Task> body, [CallerMemberName] string testName = "") => RunAsync(testName, body);
}

/// <summary>The browsers of one test: each person gets a context (cookies, storage) of their own.</summary>
internal sealed class Scene(BrowserFixture fixture, string testName) : IAsyncDisposable
{
    private readonly List<BrowserSession> _sessions = [];

    public async Task<IPage> OpenAsync(Screen screen, string? who = null)
    {
        var name = who is null && _sessions.Count == 0 ? testName : $"{testName}-{who ?? _sessions.Count.ToString()}";
        var session = await fixture.OpenAsync(screen, name);
        _sessions.Add(session);
        return session.Page;
    }

    public IEnumerable<string> ServerErrors => _sessions.SelectMany(s => s.ServerErrors);

    public async Task SaveEvidenceAsync()
    {
        foreach (var session in _sessions) await session.SaveEvidenceAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions) await session.DisposeAsync();
    }
}

/// <summary>A viewport: shoppers are on phones, staff at the counter on a laptop.</summary>
internal sealed record Screen(int Width, int Height, bool IsMobile)
{
    public static readonly Screen Phone = new(412, 900, true);
    public static readonly Screen Laptop = new(1280, 900, false);
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
