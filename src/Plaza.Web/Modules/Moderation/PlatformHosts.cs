using System.Globalization;
using System.Net;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// The platform's own web addresses: <see cref="Canonical"/> (what the shop-comment corpus links to, so the model
/// learns "a link to Plaza" whatever the deployment's host), <c>Moderation:PlatformHosts</c>, and the host of the
/// request being served. A link to one of them (or a subdomain) is the platform's own: not spam evidence, never
/// a look-alike. Their first labels ("plaza") are names a look-alike domain may imitate.
/// </summary>
internal sealed class PlatformHosts
{
    public const string Canonical = "plaza.example";

    private readonly string[] _configured;
    private readonly Func<string?> _requestHost;

    public PlatformHosts(IEnumerable<string>? configured = null, Func<string?>? requestHost = null)
    {
        _configured = [Canonical, .. (configured ?? []).Select(Clean).Where(h => h.Length > 0)];
        _requestHost = requestHost ?? (() => null);
        Names = _configured.Select(NameOf).OfType<string>().Distinct().ToArray();
    }

    public static PlatformHosts Default { get; } = new();

    /// <summary>The canonical host and the configured ones (not the request's).</summary>
    public IReadOnlyList<string> Configured => _configured;

    /// <summary>The names of the configured hosts ("plaza" for plaza.example), for the look-alike rule.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The request's host joins the configured ones; a bare name (localhost) or an address gives no name.</summary>
    public IReadOnlyList<string> CurrentNames() =>
        _requestHost() is { } host && NameOf(Clean(host)) is { } name && !Names.Contains(name) ? [.. Names, name] : Names;

    public bool IsPlatform(string host)
    {
        host = Clean(host);
        if (host.Length == 0) return false;
        var request = _requestHost() is { } r ? Clean(r) : null;
        return _configured.Append(request).OfType<string>().Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
    }

    /// <summary>Lower case, no "www.", no trailing dot; an IDN in its Unicode form.</summary>
    public static string Clean(string host)
    {
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (host.Contains("xn--", StringComparison.Ordinal))
        {
            try { host = new IdnMapping().GetUnicode(host); }
            catch (ArgumentException) { /* not a valid IDN: judged as written */ }
        }
        return host;
    }

    /// <summary>
    /// The registrable part of a host, approximately (no public-suffix list here): the last two labels, or three
    /// under a two-letter country code's second level (co.uk, com.cn, gob.es).
    /// </summary>
    public static string Registrable(string host)
    {
        var labels = host.Split('.');
        if (labels.Length <= 2) return host;
        var take = labels[^1].Length == 2 && labels[^2] is "co" or "com" or "org" or "net" or "gov" or "gob" or "ac" or "edu" or "nom" ? 3 : 2;
        return string.Join('.', labels[^Math.Min(take, labels.Length)..]);
    }

    private static string? NameOf(string host)
    {
        if (!host.Contains('.') || IPAddress.TryParse(host, out _)) return null;
        var registrable = Registrable(host);
        var name = registrable[..registrable.IndexOf('.')];
        return name.Length >= 4 ? name : null;
    }
}
