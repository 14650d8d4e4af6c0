namespace Plaza.Web.Modules.Live;

/// <summary>
/// Settings under <c>Live</c>. With <see cref="MediaOptions.HlsBaseUrl"/> empty (the embedded default) no media server is
/// connected: rooms still run (chat, pins, deals) and the page says that video is not connected.
/// </summary>
internal sealed class LiveOptions
{
    public MediaOptions Media { get; set; } = new();

    /// <summary>Without slow mode a viewer still sends at most this many messages per <see cref="RateCapWindowSeconds"/>.</summary>
    public int RateCapMessages { get; set; } = 5;
    public int RateCapWindowSeconds { get; set; } = 10;

    /// <summary>How many recent messages a viewer who joins receives.</summary>
    public int RecentMessages { get; set; } = 50;

    public sealed class MediaOptions
    {
        /// <summary>Where hosts point their streaming app, e.g. rtmp://media.example:1935/live (shown on the host's page).</summary>
        public string? RtmpUrl { get; set; }
        /// <summary>Where nginx serves live HLS: {HlsBaseUrl}/{roomId}/index.m3u8.</summary>
        public string? HlsBaseUrl { get; set; }
        /// <summary>Where recordings are served as HLS: {ReplayBaseUrl}/{roomId}/index.m3u8.</summary>
        public string? ReplayBaseUrl { get; set; }
        /// <summary>The token nginx adds to its callbacks (?token=…); callbacks without it are refused.</summary>
        public string? CallbackToken { get; set; }

        /// <summary>How long a live room waits for a host whose stream stopped to come back before it ends (0: it ends at once).</summary>
        public int ReconnectGraceSeconds { get; set; } = 60;

        public bool Connected => !string.IsNullOrWhiteSpace(HlsBaseUrl);
    }
}
