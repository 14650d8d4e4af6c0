using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Plaza.IntegrationTests.Infrastructure.Media;

/// <summary>
/// A throw-away nginx with the RTMP module, configured from the repository's own
/// deploy/nginx/plaza-live.conf.template (so the tests prove the configuration production uses), in a temp
/// folder, on free loopback ports, calling the given Plaza back. Stopped and deleted on dispose.
/// </summary>
public sealed partial class MediaServer(Process nginx, string root, string conf, int rtmpPort, int httpPort) : IAsyncDisposable
{
    /// <summary>The folder holding hls/, recordings/, replays/, logs/ and the rendered nginx.conf.</summary>
    public string Root => root;
    public int RtmpPort => rtmpPort;
    public int HttpPort => httpPort;

    /// <summary>What hosts are told (Live:Media:RtmpUrl): publish to {RtmpUrl}/{streamKey}.</summary>
    public string RtmpUrl => $"rtmp://127.0.0.1:{RtmpPort}/live";
    public string HttpBaseUrl => $"http://127.0.0.1:{HttpPort}";
    /// <summary>Live:Media:HlsBaseUrl: {HlsBaseUrl}/{roomId}/index.m3u8.</summary>
    public string HlsBaseUrl => HttpBaseUrl + "/hls";
    /// <summary>Live:Media:ReplayBaseUrl: {ReplayBaseUrl}/{roomId}/index.m3u8.</summary>
    public string ReplayBaseUrl => HttpBaseUrl + "/replays";

    /// <summary>nginx's error log and record-done.sh's log, for a failing test's message.</summary>
    public string Logs() => ReadLog("error.log") + ReadLog("record-done.log");

    /// <param name="plazaBaseUrl">Plaza as nginx reaches it, e.g. http://127.0.0.1:5123 (http only).</param>
    /// <param name="callbackToken">Live:Media:CallbackToken.</param>
    public static async Task<MediaServer> StartAsync(string plazaBaseUrl, string callbackToken)
    {
        MediaTools.EnsureInstalled(MediaTools.Nginx, MediaTools.RtmpModule, MediaTools.Ffmpeg);
        if (!plazaBaseUrl.StartsWith("http://", StringComparison.Ordinal))
            throw new ArgumentException("nginx-rtmp calls back over plain http:// only.", nameof(plazaBaseUrl));
        if (!SafeToken().IsMatch(callbackToken))
            throw new ArgumentException("The token goes into URLs and nginx.conf: letters, digits and . _ ~ - only.", nameof(callbackToken));

        return await MediaTools.StartOnFreePortsAsync($"nginx with {MediaTools.RtmpModule}", () =>
        {
            var root = MediaTools.NewFolder("media");
            var (rtmpPort, httpPort) = (MediaTools.FreePort(), MediaTools.FreePort());
            var conf = Render(root, rtmpPort, httpPort, plazaBaseUrl.TrimEnd('/'), callbackToken);
            var output = new StringBuilder();
            var nginx = MediaTools.Start(MediaTools.Nginx,
                ["-p", root, "-e", Path.Combine(root, "logs", "error.log"), "-c", conf, "-g", "daemon off;"], output);
            var server = new MediaServer(nginx, root, conf, rtmpPort, httpPort);
            return new Launch<MediaServer>(server, nginx, [rtmpPort, httpPort], () => output + server.Logs());
        });
    }

    private static string Render(string root, int rtmpPort, int httpPort, string plazaBaseUrl, string token)
    {
        var deploy = Path.Combine(MediaTools.RepositoryRoot(), "deploy");
        foreach (var dir in new[] { "hls", "recordings", "replays", "logs", "tmp" }) Directory.CreateDirectory(Path.Combine(root, dir));
        var values = new Dictionary<string, string>
        {
            ["PLAZA_RTMP_MODULE"] = MediaTools.RtmpModule,
            // nginx honours `user` only when started by root; the workers then write as the test's own user.
            ["PLAZA_NGINX_USER"] = Environment.UserName,
            ["PLAZA_LIVE_ROOT"] = root,
            ["PLAZA_RTMP_LISTEN"] = $"127.0.0.1:{rtmpPort}",
            ["PLAZA_RTMP_PORT"] = rtmpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PLAZA_HTTP_LISTEN"] = $"127.0.0.1:{httpPort}",
            ["PLAZA_CALLBACK_BASE"] = plazaBaseUrl,
            ["PLAZA_CALLBACK_TOKEN"] = token,
            ["PLAZA_RECORD_DONE"] = Path.Combine(deploy, "live", "record-done.sh"),
            ["PLAZA_FFMPEG"] = MediaTools.Ffmpeg,
        };
        var conf = File.ReadAllText(Path.Combine(deploy, "nginx", "plaza-live.conf.template"));
        foreach (var (name, value) in values) conf = conf.Replace("${" + name + "}", value, StringComparison.Ordinal);
        if (Placeholder().Match(conf) is { Success: true } left)
            throw new InvalidOperationException($"plaza-live.conf.template has a placeholder MediaServer does not fill: {left.Value}");
        var path = Path.Combine(root, "nginx.conf");
        File.WriteAllText(path, conf);
        return path;
    }

    private string ReadLog(string name)
    {
        var path = Path.Combine(Root, "logs", name);
        try { return File.Exists(path) ? $"--- {name}\n{File.ReadAllText(path)}" : ""; }
        catch (IOException) { return ""; }
    }

    public async ValueTask DisposeAsync()
    {
        if (!nginx.HasExited)
        {
            // `nginx -s stop` signals the master, which stops its workers; killing the master alone would orphan them.
            using var stop = MediaTools.Start(MediaTools.Nginx, ["-p", Root, "-e", Path.Combine(Root, "logs", "error.log"),
                "-c", conf, "-s", "stop"], new StringBuilder());
            await MediaTools.StopAsync(stop, TimeSpan.FromSeconds(5));
            await MediaTools.StopAsync(nginx, TimeSpan.FromSeconds(10));
        }
        nginx.Dispose();
        MediaTools.DeleteFolder(Root);
    }

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex SafeToken();

    [GeneratedRegex(@"\$\{PLAZA_[A-Z_]+\}")]
    private static partial Regex Placeholder();
}
