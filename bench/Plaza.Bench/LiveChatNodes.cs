using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace Plaza.Bench;

/// <summary>
/// What the live-chat scenario runs against: a fresh database on the given PostgreSQL server, a throw-away redis-server on
/// a free loopback port, and two app nodes, each its own <c>dotnet Plaza.Web.dll</c> process (production settings, no demo
/// data, warnings-only logging) sharing both, so the SignalR Redis backplane carries every message between them.
/// Everything is stopped and the database dropped on dispose.
/// </summary>
internal sealed class LiveChatNodes : IDisposable
{
    private readonly string _pgServer;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plaza-live-bench-" + Guid.NewGuid().ToString("N"));
    private readonly List<ChildProcess> _processes = [];
    private readonly string _webhookSecret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private readonly PosixSignalRegistration[] _onSignal;

    private LiveChatNodes(string pgServer, string database, int pool)
    {
        // Stopped by Ctrl+C or SIGTERM, the bench must not leave nodes, redis-server or the database behind.
        _onSignal = [PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Dispose()), PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Dispose())];
        _pgServer = pgServer;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder(pgServer) { Database = database, MaxPoolSize = pool }.ToString();
    }

    public string Database { get; }

    public string ConnectionString { get; }

    public IReadOnlyList<(ChildProcess Process, Uri Hub)> Nodes { get; private set; } = [];

    public ChildProcess? Redis { get; private set; }

    /// <summary>Node A starts first and brings the schema up; the bench arranges its data through <paramref name="arrange"/>
    /// meanwhile, then node B starts. Returns once both answer /health/ready and both have trained their spam model.</summary>
    /// <param name="settings">Further app settings for both nodes (e.g. <c>Live__RateCapMessages</c>).</param>
    public static async Task<LiveChatNodes> StartAsync(string pgServer, int pool, IReadOnlyDictionary<string, string> settings,
        Func<string, Task> arrange)
    {
        var nodes = new LiveChatNodes(pgServer, "plaza_live_" + Guid.NewGuid().ToString("N"), pool);
        try
        {
            BenchServer.Admin(pgServer, $"CREATE DATABASE \"{nodes.Database}\"");
            Directory.CreateDirectory(nodes._folder);
            var redisPort = BenchServer.FreePort();
            nodes.Redis = nodes.Track(new ChildProcess("redis-server", "/usr/bin/redis-server",
                ["--port", redisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", nodes._folder],
                nodes._folder));
            await nodes.Redis.WaitForPort(redisPort, TimeSpan.FromSeconds(20));

            var a = nodes.StartNode("node A", redisPort, settings);
            await WaitReady(a);
            await arrange(nodes.ConnectionString);
            var b = nodes.StartNode("node B", redisPort, settings);
            await WaitReady(b);
            nodes.Nodes = [(a.Process, a.Hub), (b.Process, b.Hub)];
            // Until its model is trained a node judges chat by the rules alone: measure the pipeline as it runs for real.
            try
            {
                await Task.WhenAll(a.Model, b.Model).WaitAsync(TimeSpan.FromMinutes(4));
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"No spam model after 4 minutes.\nnode A:\n{a.Process.Tail}\nnode B:\n{b.Process.Tail}");
            }
            return nodes;
        }
        catch
        {
            nodes.Dispose();
            throw;
        }
    }

    private ChildProcess Track(ChildProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private (ChildProcess Process, Uri Hub, Task Model) StartNode(string name, int redisPort, IReadOnlyDictionary<string, string> settings)
    {
        var port = BenchServer.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Plaza"] = ConnectionString,
            ["Database__Seed"] = "false",
            // Outside Development the app will not start without its own sandbox webhook secret; the bench makes one per run.
            ["Payments__Sandbox__WebhookSecret"] = _webhookSecret,
            ["Redis__Configuration"] = $"127.0.0.1:{redisPort}",
            ["DataProtection__KeysPath"] = Path.Combine(_folder, "keys"),
            ["Storage__PhotosPath"] = Path.Combine(_folder, "photos-" + port.ToString(CultureInfo.InvariantCulture)),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Error",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Error",
            // The one information line the bench waits for: "Spam model … ready after … s".
            ["Logging__LogLevel__Plaza.Web.Modules.Moderation.SpamModel"] = "Information",
        };
        foreach (var (key, value) in settings) environment[key] = value;
        var web = Path.Combine(AppContext.BaseDirectory, "Plaza.Web.dll");
        var process = Track(new ChildProcess(name, "dotnet", [web], Path.Combine(BenchServer.RepositoryRoot(), "src", "Plaza.Web"), environment));
        return (process, new Uri($"ws://127.0.0.1:{port}{Plaza.Web.Modules.Live.LiveModule.HubPath}"), process.Printed("ready after"));
    }

    private static async Task WaitReady((ChildProcess Process, Uri Hub, Task Model) node)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://{node.Hub.Authority}"), Timeout = TimeSpan.FromSeconds(5) };
        for (var tries = 0; tries < 1200; tries++)
        {
            if (node.Process.HasExited) throw new InvalidOperationException($"{node.Process.Name} exited:\n{node.Process.Tail}");
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // still starting
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"{node.Process.Name} was not ready after 5 minutes:\n{node.Process.Tail}");
    }

    public void Dispose()
    {
        foreach (var registration in _onSignal) registration.Dispose();
        foreach (var process in _processes) process.Dispose();
        NpgsqlConnection.ClearAllPools();
        try
        {
            BenchServer.Admin(_pgServer, $"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)");
        }
        catch (NpgsqlException e)
        {
            Console.Error.WriteLine($"Could not drop {Database}: {e.Message}");
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
