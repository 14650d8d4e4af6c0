using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Payments.Sandbox;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app in memory, on a database of its own (see <see cref="TestDatabase"/>), migrated at
/// start-up exactly as in production, with a <see cref="FakeTimeProvider"/> in place of the system clock.
/// No demo data, no rate limit to speak of (unless a test asks for one), photos in a temp folder.
/// </summary>
public sealed class PlazaFactory : WebApplicationFactory<Program>
{
    public const string Password = "Plaza-test-pass-42";

    private readonly TestDatabase _database = new();
    private readonly string _photos = Path.Combine(TestDatabase.SqliteFolder, "photos-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private bool _cleanedUp;

    public PlazaFactory() : this(null) { }

    /// <param name="settings">Configuration that overrides the test defaults, e.g. RateLimits:AuthPerMinute.</param>
    /// <param name="services">Extra services, e.g. a price rule that only a test needs.</param>
    internal PlazaFactory(IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
    }

    /// <summary>A fixed winter weekday morning (London is on UTC): 2031-01-15 10:30 UTC, a Wednesday.</summary>
    public static readonly DateTimeOffset Start = new(2031, 1, 15, 10, 30, 0, TimeSpan.Zero);

    /// <summary>
    /// The app's clock: it stands still until a test advances it, so nothing depends on when or how fast the tests run;
    /// timers made with it (the periodic jobs) fire when it passes their time.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    public TestDatabase Database => _database;

    /// <summary>The sandbox's webhook secret for this app: made up per factory, as an installation would set its own.</summary>
    public string WebhookSecret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The token nginx's RTMP callbacks carry for this app (Live:Media:CallbackToken).</summary>
    public string LiveCallbackToken { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>What the app logged (Warning and above unless a test's settings lower it, see <see cref="CapturedLogs"/>).</summary>
    public CapturedLogs Logs { get; } = new();

    public string PhotosPath => _photos;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", TestDatabase.IsPostgres ? "postgres" : "sqlite");
        builder.UseSetting("ConnectionStrings:Plaza", _database.ConnectionString);
        builder.UseSetting("Database:Seed", "false");
        builder.UseSetting("RateLimits:AuthPerMinute", "10000");
        builder.UseSetting("Storage:PhotosPath", _photos);
        // The sandbox provider calls the webhook over HTTP: point it at this in-memory server.
        builder.UseSetting("Payments:Sandbox:WebhookUrl", "http://localhost/api/v1/payments/webhooks/sandbox");
        builder.UseSetting("Payments:Sandbox:AutoDeliver", "false");
        // A test that means to leave the secret unset names it with no value.
        if (!_settings.ContainsKey("Payments:Sandbox:WebhookSecret")) builder.UseSetting("Payments:Sandbox:WebhookSecret", WebhookSecret);
        builder.UseSetting("Live:Media:CallbackToken", LiveCallbackToken);
        builder.UseSetting("Events:AutoDispatch", "false"); // tests dispatch the outbox explicitly
        builder.UseSetting("Jobs:Enabled", "false"); // tests run the periodic sweeps explicitly (PeriodicJobTests shows them ticking)
        builder.UseSetting("Ordering:ExpirySweepSeconds", "3600");
        builder.UseSetting("Payments:RefundSweepSeconds", "3600"); // tests run the refund sweep explicitly
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        foreach (var (key, value) in _settings.Where(s => s.Value is not null)) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // The in-memory server has no client address: requests arrive as if from nginx on this machine (a known proxy by default).
            services.AddSingleton<IStartupFilter>(new ClientAddress(IPAddress.Loopback));
            services.AddHttpClient(SandboxWebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
            _services?.Invoke(services);
        });
    }

    /// <summary>A DI scope and its PlazaDb, for arranging data and checking what a request left behind.</summary>
    internal DbScope Db() => new(Services.CreateAsyncScope());

    /// <summary>An anonymous API client.</summary>
    public HttpClient Anonymous() => CreateClient();

    /// <summary>Registers and signs in through the API; the client sends the bearer token.</summary>
    public async Task<HttpClient> CreateShopperAsync() => (await CreateAccountAsync()).Client;

    /// <summary>A shopper who is also staff at the store (the StoreStaff row is written directly).</summary>
    public async Task<HttpClient> CreateStaffAsync(Guid storeId) => (await CreateStaffAccountAsync(storeId)).Client;

    /// <summary>A shopper granted the admin role directly in the database.</summary>
    public async Task<HttpClient> CreateAdminAsync() => (await CreateAdminAccountAsync()).Client;

    public async Task<TestAccount> CreateAccountAsync(string? login = null, string displayName = "Test Shopper")
    {
        login ??= $"shopper-{Guid.NewGuid():N}@example.com";
        using var anonymous = CreateClient();
        var registered = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { login, password = Password, displayName });
        await registered.ShouldHaveStatus(HttpStatusCode.Created);
        var signedIn = await anonymous.PostAsJsonAsync("/api/v1/auth/sign-in", new { login, password = Password });
        var body = await signedIn.ShouldHaveStatus(HttpStatusCode.OK);
        var token = body.GetProperty("accessToken").GetString()!;
        var id = body.GetProperty("account").GetProperty("id").GetGuid();
        return new TestAccount(id, login, token, WithToken(token));
    }

    public async Task<TestAccount> CreateStaffAccountAsync(Guid storeId)
    {
        var account = await CreateAccountAsync(displayName: "Test Staff");
        await using var scope = Db();
        scope.Db.Add(StoreStaff.Add(storeId, account.Id, Clock.GetUtcNow().UtcDateTime));
        await scope.Db.SaveChangesAsync();
        return account;
    }

    public async Task<TestAccount> CreateAdminAccountAsync()
    {
        var account = await CreateAccountAsync(displayName: "Test Admin");
        await using var scope = Db();
        var entity = await scope.Db.Set<Account>().SingleAsync(a => a.Id == account.Id);
        entity.GrantRole(Roles.Admin);
        await scope.Db.SaveChangesAsync();
        return account;
    }

    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        CleanUp();
    }

    private void CleanUp()
    {
        if (_cleanedUp) return;
        _cleanedUp = true;
        _database.Dispose();
        try { if (Directory.Exists(_photos)) Directory.Delete(_photos, recursive: true); }
        catch (IOException) { /* best effort: a temp folder */ }
    }
}

/// <summary>
/// Gives every request this client address, as the connection's (the in-memory server has none of its own). The factory gives
/// loopback, like nginx on the same machine; a test's own one, added later, runs after it and wins.
/// </summary>
internal sealed class ClientAddress(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, proceed) =>
        {
            http.Connection.RemoteIpAddress = address;
            return proceed(http);
        });
        next(app);
    };
}

/// <summary>Requests as nginx passes them on: the visitor's address in X-Forwarded-For.</summary>
internal static class ForwardedRequests
{
    public static async Task<HttpResponseMessage> PostAsJsonFromAsync(this HttpClient client, string address, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }
}

/// <summary>An account made through the API, with a client that is signed in as it.</summary>
public sealed record TestAccount(Guid Id, string Login, string Token, HttpClient Client);

/// <summary>A DI scope with its PlazaDb; dispose it to end the scope.</summary>
internal sealed class DbScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public PlazaDb Db { get; } = scope.ServiceProvider.GetRequiredService<PlazaDb>();

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
