using System.Diagnostics;
using System.Text;

namespace Plaza.IntegrationTests.Infrastructure.Media;

/// <summary>
/// ffmpeg publishing a test pattern with a tone over RTMP, as a host's OBS would: H.264 (4:2:0, so browsers can
/// play it) with a keyframe every 2 s, and AAC. <see cref="StopAsync"/> quits ffmpeg as a person would, so nginx
/// sees the stream end cleanly and finishes the recording.
/// </summary>
public sealed class TestStream(Process ffmpeg, StringBuilder output) : IAsyncDisposable
{
    /// <summary>Starts publishing to {rtmpUrl}/{streamKey}, e.g. rtmp://127.0.0.1:19350/live and the room's key.</summary>
    public static TestStream Start(string rtmpUrl, string streamKey)
    {
        MediaTools.EnsureInstalled(MediaTools.Ffmpeg);
        var output = new StringBuilder();
        var ffmpeg = MediaTools.Start(MediaTools.Ffmpeg,
        [
            "-hide_banner", "-loglevel", "error", "-nostats",
            "-re", "-f", "lavfi", "-i", "testsrc=size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440",
            "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", "50",
            "-c:a", "aac", "-b:a", "64k",
            "-f", "flv", $"{rtmpUrl.TrimEnd('/')}/{streamKey}",
        ], output, stdin: true);
        return new TestStream(ffmpeg, output);
    }

    public bool HasExited => ffmpeg.HasExited;

    /// <summary>What ffmpeg reported (errors only), e.g. why nginx refused the stream.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>Waits for ffmpeg to end by itself (a refused stream); its exit code, or null if it still runs.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await ffmpeg.WaitForExitAsync(wait.Token);
            return ffmpeg.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Quits ffmpeg with `q` (it closes the stream properly); killed if it does not go. Its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!ffmpeg.HasExited)
        {
            try
            {
                await ffmpeg.StandardInput.WriteAsync('q');
                await ffmpeg.StandardInput.FlushAsync();
                ffmpeg.StandardInput.Close();
            }
            catch (IOException) { /* it ended between the check and the write */ }
            await MediaTools.StopAsync(ffmpeg, TimeSpan.FromSeconds(10));
        }
        return ffmpeg.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        ffmpeg.Dispose();
    }
}
