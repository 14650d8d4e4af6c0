using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Plaza.IntegrationTests.Infrastructure.Media;

/// <summary>
/// A throw-away redis-server on a free loopback port, nothing saved to disk (--save "", no append-only file),
/// for the SignalR backplane of several app nodes. Stopped and its folder deleted on dispose.
/// </summary>
public sealed class RedisServer(Process redis, string folder, int port) : IAsyncDisposable
{
    public int Port => port;

    /// <summary>The StackExchange.Redis connection string, as Plaza reads it from Redis:Configuration.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        MediaTools.EnsureInstalled(MediaTools.RedisServer);
        return await MediaTools.StartOnFreePortsAsync("redis-server", () =>
        {
            var folder = MediaTools.NewFolder("redis");
            var port = MediaTools.FreePort();
            var output = new StringBuilder();
            var redis = MediaTools.Start(MediaTools.RedisServer,
            [
                "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder,
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", "",
            ], output);
            return new Launch<RedisServer>(new RedisServer(redis, folder, port), redis, [port], () => output.ToString());
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (!redis.HasExited)
        {
            // SIGKILL is fine: nothing is persisted, and redis-server starts no children here.
            redis.Kill(entireProcessTree: true);
            await MediaTools.StopAsync(redis, TimeSpan.FromSeconds(10));
        }
        redis.Dispose();
        MediaTools.DeleteFolder(folder);
    }
}
