using System.Net;
using Plaza.IntegrationTests.Infrastructure.Media;

namespace Plaza.IntegrationTests.LiveMedia;

/// <summary>
/// The repository's nginx configuration (deploy/nginx/plaza-live.conf.template, deploy/live/record-done.sh) with a
/// real nginx-rtmp and ffmpeg, against a stand-in for Plaza's callbacks: what docs/decisions/0024 promises.
/// </summary>
public sealed class MediaServerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new();

    [MediaFact]
    public async Task A_right_key_goes_live_under_the_room_id_and_its_recording_becomes_a_replay()
    {
        var (key, room) = ("key" + Guid.NewGuid().ToString("N"), Guid.CreateVersion7());
        using var plaza = FakeMediaCallbacks.Start(new Dictionary<string, Guid> { [key] = room });
        await using var media = await MediaServer.StartAsync(plaza.BaseUrl, plaza.Token);

        await using (var stream = TestStream.Start(media.RtmpUrl, key))
        {
            var live = await WaitForPlaylistAsync($"{media.HlsBaseUrl}/{room}/index.m3u8", media, stream);
            live.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.apple.mpegurl");
            live.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
            live.Headers.CacheControl!.NoCache.ShouldBeTrue();
            (await _http.GetAsync($"{media.HlsBaseUrl}/{key}/index.m3u8")).StatusCode.ShouldBe(HttpStatusCode.NotFound,
                "the secret stream key must not appear in a public URL");
            (await stream.StopAsync()).ShouldBe(0, stream.Output);
        }

        (await plaza.WaitForAsync("on-publish-done", Patience)).Field("name").ShouldBe(key);
        var recorded = await plaza.WaitForAsync("on-record-done", Patience);
        Path.GetFileName(recorded.Field("path")).ShouldStartWith(room.ToString());
        (await plaza.WaitForAsync("replay-ready", Patience)).Field("name").ShouldBe(room.ToString(), media.Logs());

        var replay = await _http.GetAsync($"{media.ReplayBaseUrl}/{room}/index.m3u8");
        var playlist = await replay.Content.ReadAsStringAsync();
        playlist.ShouldContain("#EXT-X-PLAYLIST-TYPE:VOD");
        playlist.ShouldContain("#EXT-X-ENDLIST");
        var segment = await _http.GetAsync($"{media.ReplayBaseUrl}/{room}/{FirstSegment(playlist)}");
        segment.StatusCode.ShouldBe(HttpStatusCode.OK);
        segment.Content.Headers.ContentType!.MediaType.ShouldBe("video/mp2t");
        (await _http.GetAsync($"{media.HttpBaseUrl}/recordings/{Path.GetFileName(recorded.Field("path"))}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "recordings are the originals, not for the public");
        plaza.Calls.Count(c => c.Call == "on-publish").ShouldBe(1, "the rename must not call on_publish again");
    }

    [MediaFact]
    public async Task A_wrong_key_is_refused_and_nothing_is_published()
    {
        using var plaza = FakeMediaCallbacks.Start(new Dictionary<string, Guid>());
        await using var media = await MediaServer.StartAsync(plaza.BaseUrl, plaza.Token);

        await using var stream = TestStream.Start(media.RtmpUrl, "wrongkey");
        (await stream.WaitForExitAsync(Patience)).ShouldNotBe(0, "ffmpeg must be refused");

        plaza.Calls.Select(c => c.Call).ShouldBe(["on-publish"]);
        plaza.Calls[0].Field("name").ShouldBe("wrongkey");
        Directory.EnumerateFileSystemEntries(Path.Combine(media.Root, "hls")).ShouldBeEmpty();
        Directory.EnumerateFileSystemEntries(Path.Combine(media.Root, "recordings")).ShouldBeEmpty();
    }

    /// <summary>Polls until the playlist lists a fragment (the first one takes a few seconds to cut).</summary>
    private async Task<HttpResponseMessage> WaitForPlaylistAsync(string url, MediaServer media, TestStream stream)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var response = await _http.GetAsync(url);
            if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("#EXTINF", StringComparison.Ordinal))
                return response;
            if (DateTime.UtcNow > deadline || stream.HasExited)
                throw new ShouldAssertException($"No live playlist at {url} ({response.StatusCode}); ffmpeg: {stream.Output}\n{media.Logs()}");
            await Task.Delay(200);
        }
    }

    public void Dispose() => _http.Dispose();

    private static string FirstSegment(string playlist) =>
        playlist.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0 && !l.StartsWith('#'));
}
