using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Plaza.Bench;

/// <summary>
/// The real app on Kestrel on a loopback port, on a fresh database of its own: a temp SQLite file, or a
/// new database on the PostgreSQL server named by PLAZA_BENCH_PG (dropped afterwards). Production
/// settings: no demo data, warnings-only logging.
/// </summary>
internal sealed class BenchServer : WebApplicationFactory<Plaza.Web.Platform.Data.PlazaDb> // any type of the web assembly: its entry point is started
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plaza-bench-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private readonly string? _pgServer;
    private readonly string? _pgDatabase;
    private readonly int _poolSize;

    public BenchServer(bool postgres, int poolSize)
    {
        Directory.CreateDirectory(_folder);
        _poolSize = poolSize;
        if (postgres)
        {
            _pgServer = Environment.GetEnvironmentVariable("PLAZA_BENCH_PG")
                ?? throw new InvalidOperationException("Set PLAZA_BENCH_PG to a PostgreSQL server connection string.");
            _pgDatabase = "plaza_bench_" + Guid.NewGuid().ToString("N");
            Admin(_pgServer, $"CREATE DATABASE \"{_pgDatabase}\"");
        }
        UseKestrel(k => k.Listen(IPAddress.Loopback, _port));
        // The factory finds the app's content root through this variable when no test manifest names it.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLAZA_WEB", Path.Combine(RepositoryRoot(), "src", "Plaza.Web"));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Plaza.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Run the bench from inside the Plaza repository.");
    }

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    public string Provider => _pgServer is null ? "SQLite" : "PostgreSQL";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (_pgServer is not null)
        {
            builder.UseSetting("Database:Provider", "postgres");
            builder.UseSetting("ConnectionStrings:Plaza",
                new NpgsqlConnectionStringBuilder(_pgServer) { Database = _pgDatabase, MaxPoolSize = _poolSize }.ToString());
        }
        else
        {
            builder.UseSetting("Database:Provider", "sqlite");
            builder.UseSetting("ConnectionStrings:Plaza", $"Data Source={Path.Combine(_folder, "plaza.db")}");
        }
        builder.UseSetting("Database:Seed", "false");
        // Outside Development the app will not start without its own sandbox webhook secret.
        builder.UseSetting(Plaza.Web.Modules.Payments.Sandbox.SandboxSecret.Setting,
            Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Storage:PhotosPath", Path.Combine(_folder, "photos"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_folder, "keys"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Admin(_pgServer!, $"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)");
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Runs one statement on the server's maintenance database (creating and dropping the bench's own).</summary>
    public static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
