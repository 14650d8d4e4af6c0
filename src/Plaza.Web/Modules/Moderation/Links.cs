using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Web addresses as people write them: with a scheme, with "www.", or bare with a common ending (shop.example.com,
/// t.me/x), also glued to Chinese text without a space (访问replica.top). Host labels may hold Latin, Greek and
/// Cyrillic letters, so a look-alike spelled with Cyrillic "а" is still found. An e-mail address is not a link.
/// </summary>
internal static partial class Links
{
    private const string HostChars = @"a-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\-";
    private const string PathChars = @"[a-z0-9\-._~:/?#@!$&*+,;=%]*";
    private const string Endings = "com|net|org|uk|es|cn|de|fr|it|eu|us|biz|info|ly|io|me|tv|mobi|xyz|top|ru|co|app|shop|store|site|online"
        + "|club|vip|cc|link|click|live|help|pw|icu|buzz|tk|ml|ga|cf|gq|example|test";

    /// <summary>The pattern, for the spam features to combine with their own shapes.</summary>
    public const string Pattern = $@"(?:https?://|www\.)[{HostChars}.]+(?::\d+)?(?:/{PathChars})?"
        + $@"|(?<![{HostChars}.@])[{HostChars}]+(?:\.[{HostChars}]+)*\.(?:{Endings})(?![{HostChars}])(?::\d+)?(?:/{PathChars})?"
        + @"|mailto:[^\s<>()\[\]""']+";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    /// <summary>Addresses as written, without trailing punctuation.</summary>
    public static IEnumerable<string> In(string? text) =>
        string.IsNullOrEmpty(text) ? [] : LinkPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', '!', '?', ';', ':'));

    /// <summary>The host of an address (<see cref="PlatformHosts.Clean"/>), or null for mailto.</summary>
    public static string? Host(string link)
    {
        if (link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return null;
        var scheme = link.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? link[(scheme + 3)..] : link;
        var end = rest.IndexOfAny(['/', '?', '#', ':']);
        var host = PlatformHosts.Clean(end >= 0 ? rest[..end] : rest);
        return host.Length == 0 ? null : host;
    }
}
