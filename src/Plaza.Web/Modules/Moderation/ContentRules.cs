using System.Globalization;
using System.Text;
using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.Web.Modules.Moderation;

/// <summary>What the rules found: refusals (the content is rejected), reasons to hold it for a moderator, and the
/// normalised text of all fields together, for the spam model.</summary>
internal sealed record RuleOutcome(IReadOnlyList<ContentReason> Refusals, IReadOnlyList<ContentReason> Holds, string Text);

/// <summary>
/// The deterministic checks, run before the spam model on the text as it was meant (<see cref="TextNormalizer"/>):
/// a text is never refused for a character it merely contains once normalised. None of them changes the text (the
/// pipeline decides, it never stores an edited copy):
/// <list type="bullet">
/// <item>length, measured on what would be stored: a title up to 120 characters; a body up to the kind's limit
/// (<see cref="MaxBody"/>); not empty.</item>
/// <item>characters that stay dangerous after normalisation: C0 controls other than tab and line breaks
/// (<c>control_characters</c>: PostgreSQL cannot store NUL, and escape sequences rewrite terminals and log viewers),
/// and the bidirectional overrides, embeddings and isolates U+202A–U+202E, U+2066–U+2069 (<c>bidi_override</c>: they
/// make text read differently than it is stored, and since the pipeline never edits, only refusing keeps them out).
/// The marks U+200E/U+200F that real right-to-left writing uses, and the zero-width joiner inside emoji, are allowed;
/// Windows-1252 controls U+0080–U+009F are read as the quotes and dashes they were.</item>
/// <item>emoji: more than <see cref="MaxEmojiRun"/> emoji in a row (spaces between them do not break the run) are
/// refused (<c>emoji_flood</c>) rather than collapsed, so what is published is exactly what was written.</item>
/// <item>blocked phrases: whole-word, case-insensitive (<c>blocked_word</c>).</item>
/// <item>off-platform payment requests (<c>off_platform_payment</c>) and crypto earnings promises (<c>investment_scam</c>)
/// are refused, invitations to talk elsewhere (<c>off_platform_contact</c>) held (<see cref="OffPlatformRules"/>).</item>
/// <item>links: distinct addresses in all fields together, at most 1 for a new account (trust 0), else 5 (<c>too_many_links</c>);
/// a link whose host imitates the platform or a well-known brand is refused (<c>look_alike_link</c>, <see cref="LookAlikeLinks"/>).</item>
/// </list>
/// </summary>
internal sealed class ContentRules(IEnumerable<string>? extraBlockedPhrases = null, PlatformHosts? hosts = null, IEnumerable<string>? extraBrands = null)
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
        .Select(p => " " + Words(p).Trim() + " ").Where(p => p.Trim().Length > 0).Distinct().ToArray();

    private readonly LookAlikeLinks _lookAlikes = new(hosts ?? PlatformHosts.Default, extraBrands);

    public static int MaxBody(ContentKind kind) => kind switch
    {
        ContentKind.Note => 10_000,
        ContentKind.Review => 5_000,
        ContentKind.Comment or ContentKind.Message => 2_000,
        ContentKind.Profile => 1_000,
        ContentKind.Chat => 500,
        _ => 2_000,
    };

    public RuleOutcome Check(ContentSubmission s)
    {
        var refusals = new List<ContentReason>();
        var holds = new List<ContentReason>();
        var fields = new (string Field, string? Text, int Max)[]
        {
            ("title", s.Title, MaxTitle), ("markdown", s.Markdown, MaxBody(s.Kind)), ("plainText", s.PlainText, MaxBody(s.Kind)),
        };
        if (fields.All(f => string.IsNullOrWhiteSpace(f.Text)))
            return new([new(ContentReasons.Empty, s.PlainText is null && s.Markdown is not null ? "markdown" : "plainText")], [], "");

        var normalized = new List<(string Field, string Text)>();
        foreach (var (field, text, max) in fields)
        {
            if (text is null) continue;
            // Too long: refused before any other scan, so a huge input costs nothing more.
            if (text.Length > max) { refusals.Add(new(ContentReasons.TooLong, field)); continue; }
            var meant = TextNormalizer.Normalize(text);
            normalized.Add((field, meant));
            if (HasControlCharacters(meant)) refusals.Add(new(ContentReasons.ControlCharacters, field));
            if (HasBidiOverride(meant)) refusals.Add(new(ContentReasons.BidiOverride, field));
            if (LongestEmojiRun(meant) > MaxEmojiRun) refusals.Add(new(ContentReasons.EmojiFlood, field));
            if (ContainsBlockedPhrase(meant)) refusals.Add(new(ContentReasons.BlockedWord, field));
            var folded = Confusables.Fold(meant);
            if (OffPlatformRules.AsksToPayOffPlatform(folded)) refusals.Add(new(ContentReasons.OffPlatformPayment, field));
            if (OffPlatformRules.PromisesCryptoReturns(folded)) refusals.Add(new(ContentReasons.InvestmentScam, field));
            else if (OffPlatformRules.InvitesOffPlatformContact(folded)) holds.Add(new(ContentReasons.OffPlatformContact, field));
        }
        var joined = string.Join("\n", normalized.Where(f => !string.IsNullOrWhiteSpace(f.Text)).Select(f => f.Text));
        if (refusals.Any(r => r.Code == ContentReasons.TooLong)) return new(refusals, holds, joined);

        var bodyField = s.Markdown is not null ? "markdown" : s.PlainText is not null ? "plainText" : "title";
        var links = normalized.SelectMany(f => Links.In(f.Text).Select(link => (f.Field, Link: link))).ToList();
        if (links.Select(l => l.Link).Distinct(StringComparer.OrdinalIgnoreCase).Count() > (s.TrustLevel <= 0 ? MaxLinksNewAccount : MaxLinks))
            refusals.Add(new(ContentReasons.TooManyLinks, bodyField));
        if (_lookAlikes.FirstIn(links.Select(l => l.Link)) is { } lookAlike)
            refusals.Add(new(ContentReasons.LookAlikeLink, links.First(l => l.Link == lookAlike).Field));
        return new(refusals, holds, joined);
    }

    /// <summary>C0 controls but tab, line feed and carriage return (C1 controls are gone once normalised).</summary>
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
        var words = " " + Words(Confusables.Fold(text)) + " ";
        return _blocked.Any(p => words.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Lower case, every run of anything but letters and digits one space: "Click-here  to CLAIM!" → "click here to claim ".</summary>
    private static string Words(string text)
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
}
