using Plaza.BrowserTests.Infrastructure;
using Plaza.IntegrationTests.Infrastructure.Media;

namespace Plaza.BrowserTests.Live;

/// <summary>
/// The app with a real media server beside it: nginx with the RTMP module from the repository's configuration, calling
/// this app back, and the app telling pages where nginx serves live video and replays. nginx must know Plaza's address
/// before Plaza starts, so the port is chosen first.
/// </summary>
public sealed class LiveMediaFixture : BrowserFixture
{
    private MediaServer? _media;

    public MediaServer Media => _media ?? throw new InvalidOperationException("The fixture has not started.");

    protected override async Task<PlazaServer> StartServerAsync()
    {
        // Without the tools (and nobody requiring them) the tests here are skipped; the plain app keeps the fixture happy.
        if (!MediaTools.Required && MediaTools.Missing() is not null) return PlazaServer.Start();
        var port = PlazaServer.FreeLoopbackPort();
        var token = Guid.NewGuid().ToString("N");
        _media = await MediaServer.StartAsync($"http://127.0.0.1:{port}", token);
        return PlazaServer.Start(new Dictionary<string, string>
        {
            ["Live:Media:RtmpUrl"] = _media.RtmpUrl,
            ["Live:Media:HlsBaseUrl"] = _media.HlsBaseUrl,
            ["Live:Media:ReplayBaseUrl"] = _media.ReplayBaseUrl,
            ["Live:Media:CallbackToken"] = token,
            // A stopped test stream ends the room within seconds, not after a phone's minute of grace.
            ["Live:Media:ReconnectGraceSeconds"] = "2",
        }, port);
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (_media is not null) await _media.DisposeAsync();
            _media = null;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LiveMediaCollection : ICollectionFixture<LiveMediaFixture>
{
    public const string Name = "Live media";
}
