using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (.NET 10's WebApplicationFactory.UseKestrel + StartServer), in this test
/// process, on a free loopback port, with a database and photo folder of its own under a temp
/// folder, seeded with the demo data. The sandbox payment provider delivers its webhooks over real
/// HTTP to this server, as it would in production. Running in-process means nothing can outlive
/// the test run: if the test host dies, the app dies with it.
/// </summary>
public sealed class PlazaServer : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly int _port;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private PlazaServer(string folder, int port, IReadOnlyDictionary<string, string> settings)
    {
        _folder = folder;
        _port = port;
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    /// <summary>The app's warnings and errors since it started.</summary>
    public ServerLog Log { get; } = new();

    /// <summary>http://127.0.0.1:{port}, without a trailing slash.</summary>
    public string BaseUrl => $"http://127.0.0.1:{_port}";

    /// <summary>Starts the app; retries on another port if the one picked was taken in the meantime.</summary>
    public static PlazaServer Start() => Start(new Dictionary<string, string>(), port: null);

    /// <summary>
    /// Starts the app with more settings (e.g. a media server's addresses), on <paramref name="port"/> when another server was
    /// already told where Plaza listens, otherwise on a free one.
    /// </summary>
    public static PlazaServer Start(IReadOnlyDictionary<string, string> settings, int? port)
    {
        for (var attempt = 1; ; attempt++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "plaza-browser-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var server = new PlazaServer(folder, port ?? FreeLoopbackPort(), settings);
            try
            {
                server.StartServer();
                return server;
            }
            catch (Exception e)
            {
                server.Dispose();
                if (port is not null || attempt >= 3 || !IsAddressInUse(e)) throw;
            }
        }
    }

    /// <summary>A free loopback port now (another process may take it before it is used).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "sqlite");
        // Pooling=False: the file can be deleted as soon as the app stops.
        builder.UseSetting("ConnectionStrings:Plaza", $"Data Source={Path.Combine(_folder, "plaza.db")};Pooling=False");
        builder.UseSetting("Database:Seed", "true");
        builder.UseSetting("Storage:PhotosPath", Path.Combine(_folder, "photos"));
        builder.UseSetting("RateLimits:AuthPerMinute", "1000");
        builder.UseSetting("Payments:Sandbox:AutoDeliver", "true");
        builder.UseSetting("Payments:Sandbox:WebhookUrl", $"{BaseUrl}/api/v1/payments/webhooks/sandbox");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteFolder();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) DeleteFolder();
    }

    private void DeleteFolder()
    {
        try { if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort: a temp folder */ }
        catch (UnauthorizedAccessException) { }
    }

    private static bool IsAddressInUse(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
            if (x is IOException && x.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                || x is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                || x.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
