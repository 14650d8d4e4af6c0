using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Moderation;

/// <summary>The two texts the spam model reads: one for character n-grams, one for word n-grams.</summary>
internal readonly record struct SpamText(string Chars, string Words);

/// <summary>
/// Turns what someone wrote into what the spam model reads (<see cref="Version"/> names this recipe; a change
/// makes a new base model). Normalised first (<see cref="TextNormalizer"/>), lower case, then:
/// <list type="bullet">
/// <item>what every shop talks in says nothing about spam, so it is taken out: links to the platform itself
/// (<see cref="PlatformHosts"/>, and relative links like /stores/…), prices in the app's currencies (£ € $ ¥ 元,
/// GBP, EUR, USD, CNY, pounds, euros, p) and phone numbers of the form stores give for pickup (UK 01/02/03
/// landlines, Spanish 8/9 landlines, Chinese landlines with an area code);</item>
/// <item>other links and e-mail addresses become one mark each (plus, for words, the link's ending: .xyz, .top),
/// because their shape is the evidence; mobile, premium-rate and other numbers stay as written, and add a word for their
/// kind (<see cref="PhoneKind"/>) or length, so "call 09061701461" and "call 09066364589" say the same;</item>
/// <item>words: letters and digits; Chinese and Japanese, written without spaces, give each character and each
/// pair of neighbouring characters (bigrams) as words; whole words in capitals add a "shouting" mark.</item>
/// </list>
/// </summary>
internal static partial class SpamFeatures
{
    public const string Version = "f2";

    private const char LinkMark = '\uE001', EmailMark = '\uE002';

    /// <summary>The app's currencies (MoneyFormat: GBP, EUR, USD, CNY) as people write them after an amount.</summary>
    private const string Currency = @"€|£|元|块|eur\b|euros?\b|gbp\b|usd\b|cny\b|rmb\b|yuan\b|d[oó]lares\b|dollars?\b|libras\b|pounds?\b|p\b|pence\b";

    [GeneratedRegex($$"""
        (?<link>{{Links.Pattern}})
        |(?<rel>(?<![\w/.:])/[a-z][a-z0-9\-]*/[a-z0-9\-._~/?#=&%]*)
        |(?<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)
        |(?<money>(?:[£€$¥]\s?\d+(?:[.,]\d+)*|(?<![a-z0-9_]|\d[.,])\d+(?:[.,]\d+)*(?=\s?(?:{{Currency}})))(?:\s?(?:{{Currency}}))?)
        |(?<phone>\+?\d(?:[\s().\-]{0,2}\d){6,14})
        |(?<num>(?<![a-z0-9_])\d{4,6}(?![a-z0-9_]))
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Shapes();

    public static SpamText Prepare(string? text, PlatformHosts hosts)
    {
        var normalized = TextNormalizer.Normalize(text);
        // Private-use characters are this recipe's marks: what someone typed in that range is dropped.
        var typed = new string(normalized.Where(c => c is < '\uE000' or > '\uF8FF').ToArray());
        var extraWords = new StringBuilder();
        var shaped = Shapes().Replace(typed, m =>
        {
            if (m.Groups["link"].Success)
            {
                if (Links.Host(m.Value) is not { } host) return $" {EmailMark} ";
                if (hosts.IsPlatform(host)) return " ";
                extraWords.Append(" xxlinkxx tld").Append(host[(host.LastIndexOf('.') + 1)..]);
                return $" {LinkMark} ";
            }
            if (m.Groups["email"].Success) { extraWords.Append(" xxemailxx"); return $" {EmailMark} "; }
            if (m.Groups["phone"].Success)
            {
                if (IsStorePhone(m.Value)) return " ";
                extraWords.Append(" xx").Append(PhoneKind(m.Value)).Append("xx");
                return m.Value;
            }
            if (m.Groups["num"].Success) { extraWords.Append(" xxnum").Append(m.Value.Length).Append("xx"); return m.Value; }
            return " "; // a platform-relative link or a price
        });
        var chars = shaped.ToLowerInvariant();
        return new(Collapse(chars), Words(chars) + extraWords + Shouting(shaped));
    }

    /// <summary>
    /// A geographic landline, the form a store gives for pickup: UK 01/02/03 (also +44 1/2/3), Spain 8/9 (+34 8/9),
    /// China 0 + area code (+86 without the mobile 1). Mobile and premium-rate numbers are not.
    /// </summary>
    public static bool IsStorePhone(string phone)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        var international = phone.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        if (digits.StartsWith("00", StringComparison.Ordinal)) digits = digits[2..];
        if (international)
            return digits.Length >= 3 && (digits[..2], digits[2]) switch
            {
                ("44", '1' or '2' or '3') => digits.Length is 11 or 12,
                ("34", '8' or '9') => digits.Length == 11,
                ("86", not '1') => digits.Length is 11 or 12,
                _ => false,
            };
        return digits.Length switch
        {
            10 or 11 when digits[0] == '0' && digits[1] is '1' or '2' or '3' => true, // UK; China 010, 02x, 03x
            11 or 12 when digits[0] == '0' && phone.Contains('-') => true,             // China 0xxx-xxxxxxx
            9 when digits[0] is '8' or '9' => true,                                     // Spain
            _ => false,
        };
    }

    /// <summary>What kind of number other than a store's: premium or personal-rate, mobile, or other.</summary>
    internal static string PhoneKind(string phone)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        if (phone.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal))
            digits = (digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : digits) switch
            {
                var d when d.StartsWith("44", StringComparison.Ordinal) => "0" + d[2..],
                var d when d.StartsWith("34", StringComparison.Ordinal) || d.StartsWith("86", StringComparison.Ordinal) => d[2..],
                var d => d,
            };
        return digits switch
        {
            _ when digits.StartsWith("09", StringComparison.Ordinal) || digits.StartsWith("08", StringComparison.Ordinal)
                || digits.StartsWith("070", StringComparison.Ordinal) => "premium",
            _ when digits.StartsWith("07", StringComparison.Ordinal) || digits.Length == 9 && digits[0] is '6' or '7'
                || digits.Length == 11 && digits[0] == '1' => "mobile",
            _ => "phone",
        };
    }

    private static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF' or >= '\uF900' and <= '\uFAFF';

    private static string Words(string prepared)
    {
        var sb = new StringBuilder(prepared.Length * 2);
        for (var i = 0; i < prepared.Length;)
        {
            var c = prepared[i];
            if (IsCjk(c))
            {
                var start = i;
                while (i < prepared.Length && IsCjk(prepared[i])) i++;
                for (var k = start; k < i; k++) sb.Append(' ').Append(prepared[k]);
                for (var k = start; k + 1 < i; k++) sb.Append(' ').Append(prepared, k, 2);
                sb.Append(' ');
                continue;
            }
            if (c == LinkMark || c == EmailMark) sb.Append(' ');
            else if (char.IsLetterOrDigit(c) || c == '\'' && i > 0 && char.IsLetter(prepared[i - 1])) sb.Append(c);
            else if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol || c is '!' or '?' or '%')
                sb.Append(' ').Append(c).Append(' ');
            else sb.Append(' ');
            i++;
        }
        return Collapse(sb.ToString());
    }

    /// <summary>Up to three marks for whole words in capitals, one more when most words are.</summary>
    private static string Shouting(string normalized)
    {
        var words = WordPattern().Matches(normalized).Select(m => m.Value).ToList();
        var capitals = words.Count(w => w.All(char.IsUpper));
        var marks = string.Concat(Enumerable.Repeat(" xxcapsxx", Math.Min(capitals, 3)));
        return words.Count > 0 && capitals * 2 > words.Count ? marks + " xxshoutxx" : marks;
    }

    private static string Collapse(string text) => SpaceRun().Replace(text, " ").Trim();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRun();
}
