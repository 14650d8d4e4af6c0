using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The room page's content security policy: the site's own, plus fetching playlists and segments from the media server's
/// origin and playing them through Media Source Extensions (blob: URLs). Nothing else is loosened.
/// </summary>
internal static class MediaPolicy
{
    public static string For(LiveOptions.MediaOptions media)
    {
        var origins = new[] { media.HlsBaseUrl, media.ReplayBaseUrl }
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>().Distinct().ToList();
        var extra = origins.Count == 0 ? "" : " " + string.Join(' ', origins);
        return SecurityHeaders.PagePolicy.Replace("default-src 'self';", $"default-src 'self'; connect-src 'self'{extra}; media-src 'self' blob:{extra};",
            StringComparison.Ordinal);
    }
}
