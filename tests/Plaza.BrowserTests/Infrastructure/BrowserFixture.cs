using Microsoft.Playwright;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>
/// One app and one headless Chromium for the whole collection (starting either takes seconds);
/// every test gets a browser context of its own, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
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
        _server = PlazaServer.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAZA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>A fresh context and page at the given screen size, pointed at the app.</summary>
    internal async Task<BrowserSession> OpenAsync(Screen screen, string testName)
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
        return new BrowserSession(context, page, testName, Server.Log);
    }

    /// <summary>
    /// Runs a test body in a fresh browser context; on failure saves a screenshot and the page's
    /// address to TestResults/browser/, so a red run can be read without re-running it.
    /// It also fails the test when the app answered any request with a 5xx.
    /// </summary>
    internal async Task RunAsync(Screen screen, string testName, Func<IPage, Task> body)
    {
        await using var session = await OpenAsync(screen, testName);
        try
        {
            await body(session.Page);
            session.ServerErrors.ShouldBeEmpty("the app answered with a server error");
        }
        catch
        {
            await session.SaveEvidenceAsync();
            throw;
        }
    }

    internal Task RunAsync(Screen screen, Func<IPage, Task> body, [System.Runtime.CompilerServices.CallerMemberName] string testName = "") =>
        RunAsync(screen, testName, body);
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
