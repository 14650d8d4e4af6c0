using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Plaza.IntegrationTests.Infrastructure.Media;

/// <summary>
/// Where the live media tools are (nginx with the RTMP module, ffmpeg, redis-server) and the little a
/// throw-away instance of one needs: a free port, waiting until it listens, the repository's deploy/ folder.
/// test.sh exports PLAZA_NGINX, PLAZA_NGINX_RTMP_MODULE, PLAZA_FFMPEG and PLAZA_REDIS_SERVER after installing
/// them: then they are required, and a missing one fails the tests. Without those variables the Debian paths are
/// tried, and tests marked <see cref="MediaFactAttribute"/> are skipped when something is missing.
/// </summary>
public static class MediaTools
{
    public static string Nginx => Find("PLAZA_NGINX", "/usr/sbin/nginx");
    public static string RtmpModule => Find("PLAZA_NGINX_RTMP_MODULE", "/usr/lib/nginx/modules/ngx_rtmp_module.so");
    public static string Ffmpeg => Find("PLAZA_FFMPEG", "/usr/bin/ffmpeg");
    public static string RedisServer => Find("PLAZA_REDIS_SERVER", "/usr/bin/redis-server");

    private static string Find(string variable, string debianPath) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path ? path : debianPath;

    /// <summary>True when test.sh (or the developer) named the tools: a missing one is then an error, not a skip.</summary>
    public static bool Required =>
        new[] { "PLAZA_NGINX", "PLAZA_NGINX_RTMP_MODULE", "PLAZA_FFMPEG", "PLAZA_REDIS_SERVER" }
            .Any(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)));

    /// <summary>What is missing of all four, or null when every tool is there.</summary>
    public static string? Missing() => Missing([Nginx, RtmpModule, Ffmpeg, RedisServer]);

    /// <summary>Throws when one of these tools is missing, so a required tool fails loudly where it is started.</summary>
    public static void EnsureInstalled(params string[] tools)
    {
        if (Missing(tools) is { } why) throw new InvalidOperationException(why);
    }

    private static string? Missing(string[] tools)
    {
        var missing = tools.Where(p => !File.Exists(p)).ToList();
        return missing.Count == 0 ? null :
            $"Not found: {string.Join(", ", missing)}. Install them (apt-get install nginx-light libnginx-mod-rtmp ffmpeg " +
            "redis-server curl) or run ./test.sh, which does.";
    }

    /// <summary>The repository's root (the folder with Plaza.slnx), found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Plaza.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Plaza.slnx above {AppContext.BaseDirectory}: cannot find deploy/.");
    }

    /// <summary>A loopback port nobody listens on right now (another process may still take it: callers retry).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A new empty folder under the temp folder, for one instance's files.</summary>
    public static string NewFolder(string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plaza-{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Starts a tool with its output collected (for the error message when it does not come up).</summary>
    internal static Process Start(string file, IEnumerable<string> arguments, StringBuilder output, bool stdin = false)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info };
        void Collect(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
        }
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Launches a server on freshly picked ports and waits until it listens on all of them; tries again (three
    /// times in all) when it exits because a port was taken between picking it and binding it.
    /// </summary>
    internal static async Task<T> StartOnFreePortsAsync<T>(string what, Func<Launch<T>> launch) where T : IAsyncDisposable
    {
        for (var attempt = 1; ; attempt++)
        {
            var launched = launch();
            bool listening;
            try
            {
                listening = await WaitUntilListeningAsync(launched.Process, TimeSpan.FromSeconds(15), launched.Ports);
            }
            catch (TimeoutException)
            {
                await launched.Server.DisposeAsync();
                throw;
            }
            if (listening) return launched.Server;
            var logs = launched.Logs();
            await launched.Server.DisposeAsync();
            if (attempt >= 3 || !logs.Contains("Address already in use", StringComparison.Ordinal))
                throw new InvalidOperationException($"{what} did not start:\n{logs}");
        }
    }

    /// <summary>
    /// Waits until every port accepts a connection. Returns false as soon as the process has exited (it could not
    /// start, e.g. a port was taken); throws when it is still running but not listening after the timeout.
    /// </summary>
    internal static async Task<bool> WaitUntilListeningAsync(Process process, TimeSpan timeout, int[] ports)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited) return false;
                if (await AcceptsAsync(port)) break;
                if (DateTime.UtcNow > deadline)
                    throw new TimeoutException($"{process.StartInfo.FileName} did not listen on port {port} within {timeout.TotalSeconds}s.");
                await Task.Delay(50);
            }
        }
        return true;
    }

    internal static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Stops what a tool left running after a polite request had its chance.</summary>
    internal static async Task StopAsync(Process process, TimeSpan grace)
    {
        using var wait = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    internal static void DeleteFolder(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { /* best effort: it is a temp folder (a late writer may still be finishing) */ }
        catch (UnauthorizedAccessException) { /* files written by nginx's workers as another user */ }
    }
}

/// <summary>A server just started: its process, the ports it must listen on, and its logs for when it does not.</summary>
internal sealed record Launch<T>(T Server, Process Process, int[] Ports, Func<string> Logs);
