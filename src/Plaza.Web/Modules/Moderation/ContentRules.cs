using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// The deterministic checks, run before the classifier. Each broken rule refuses the content with
/// its code; none of them changes the text (the pipeline decides, it never stores a edited copy):
/// <list type="bullet">
/// <item>length: a title up to 120 characters; a body up to the kind's limit (<see cref="MaxBody"/>); not empty.</item>
/// <item>control characters (C0/C1 except tab and line breaks) are refused (<c>control_characters</c>); so are
/// the bidirectional overrides, embeddings and isolates U+202A–U+202E, U+2066–U+2069 (<c>bidi_override</c>),
/// which make text read differently than it is stored. The marks U+200E/U+200F that real right-to-left
/// writing uses, and the zero-width joiner inside emoji, are allowed.</item>
/// <item>emoji: more than <see cref="MaxEmojiRun"/> emoji in a row (spaces between them do not break the run) are
/// refused (<c>emoji_flood</c>) rather than collapsed, so what is published is exactly what was written.</item>
/// <item>blocked phrases: whole-word, case-insensitive (<c>blocked_word</c>).</item>
/// <item>links: distinct addresses in all fields together, at most 1 for a new account (trust 0), else 5 (<c>too_many_links</c>).</item>
/// </list>
/// </summary>
internal sealed partial class ContentRules(IEnumerable<string>? extraBlockedPhrases = null)
{
    public const int MaxTitle = 120;
    public const int MaxEmojiRun = 20;
    public const int MaxLinksNewAccount = 1, MaxLinks = 5;

    /// <summary>Obvious scam phrases; a moderator-managed list replaces this once it has storage.</summary>
    public static readonly IReadOnlyList<string> BuiltInBlockedPhrases =
    [
        "free bitcoin", "double your bitcoin", "wire transfer fee", "click here to claim", "claim your prize",
        "you have won a", "send your bank details", "western union", "crypto giveaway", "guaranteed income",
    ];

    private readonly string[] _blocked = BuiltInBlockedPhrases.Concat(extraBlockedPhrases ?? [])
        .Select(p => " " + Normalize(p).Trim() + " ").Where(p => p.Trim().Length > 0).Distinct().ToArray();

    public static int MaxBody(ContentKind kind) => kind switch
    {
        ContentKind.Note => 10_000,
        ContentKind.Review => 5_000,
        ContentKind.Comment or ContentKind.Message => 2_000,
        ContentKind.Profile => 1_000,
        ContentKind.Chat => 500,
        _ => 2_000,
    };

    public IReadOnlyList<ContentReason> Check(ContentSubmission s)
    {
        var reasons = new List<ContentReason>();
        var fields = new (string Field, string? Text, int Max)[]
        {
            ("title", s.Title, MaxTitle), ("markdown", s.Markdown, MaxBody(s.Kind)), ("plainText", s.PlainText, MaxBody(s.Kind)),
        };
        if (fields.All(f => string.IsNullOrWhiteSpace(f.Text))) return [new(ContentReasons.Empty, s.PlainText is null && s.Markdown is not null ? "markdown" : "plainText")];

        foreach (var (field, text, max) in fields)
        {
            if (text is null) continue;
            // Too long: refused before any other scan, so a huge input costs nothing more.
            if (text.Length > max) { reasons.Add(new(ContentReasons.TooLong, field)); continue; }
            if (HasControlCharacters(text)) reasons.Add(new(ContentReasons.ControlCharacters, field));
            if (HasBidiOverride(text)) reasons.Add(new(ContentReasons.BidiOverride, field));
            if (LongestEmojiRun(text) > MaxEmojiRun) reasons.Add(new(ContentReasons.EmojiFlood, field));
            if (ContainsBlockedPhrase(text)) reasons.Add(new(ContentReasons.BlockedWord, field));
        }
        if (reasons.Any(r => r.Code == ContentReasons.TooLong)) return reasons;

        var links = fields.SelectMany(f => Links(f.Text)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (links > (s.TrustLevel <= 0 ? MaxLinksNewAccount : MaxLinks))
            reasons.Add(new(ContentReasons.TooManyLinks, s.Markdown is not null ? "markdown" : s.PlainText is not null ? "plainText" : "title"));
        return reasons;
    }

    internal static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

    internal static bool HasBidiOverride(string text) =>
        text.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    /// <summary>The longest run of emoji graphemes (flags and skin-tone or ZWJ sequences count once), whitespace not breaking it.</summary>
    internal static int LongestEmojiRun(string text)
    {
        int run = 0, longest = 0;
        var graphemes = StringInfo.GetTextElementEnumerator(text);
        while (graphemes.MoveNext())
        {
            var grapheme = (string)graphemes.Current;
            if (string.IsNullOrWhiteSpace(grapheme)) continue;
            if (IsEmoji(grapheme)) longest = Math.Max(longest, ++run);
            else run = 0;
        }
        return longest;
    }

    private static bool IsEmoji(string grapheme)
    {
        var rune = Rune.GetRuneAt(grapheme, 0);
        return rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && rune.Value >= 0x2000;
    }

    private bool ContainsBlockedPhrase(string text)
    {
        var normalized = " " + Normalize(text) + " ";
        return _blocked.Any(p => normalized.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Lower case, every run of anything but letters and digits one space: "Click-here  to CLAIM!" → "click here to claim ".</summary>
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); space = false; }
            else if (!space) { sb.Append(' '); space = true; }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>()\[\]""']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|uk|biz|info|ly|io|me|tv|xyz|top|ru)\b(?:/[^\s<>()\[\]""']*)?|mailto:[^\s<>()\[\]""']+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    /// <summary>Addresses as written: with or without a scheme, and bare domains with common endings.</summary>
    internal static IEnumerable<string> Links(string? text) =>
        string.IsNullOrEmpty(text) ? [] : LinkPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', '!', '?', ';', ':'));
}
