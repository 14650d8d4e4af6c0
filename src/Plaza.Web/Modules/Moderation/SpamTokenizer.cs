using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Words for the spam classifier: lower case; addresses become <c>__url__</c>, prices <c>__money__</c>,
/// phone-like digit runs (7 or more digits) <c>__phone__</c>, other numbers <c>__num__</c>. What spam
/// says is in these shapes more than in the exact values.
/// </summary>
internal static partial class SpamTokenizer
{
    public const string Url = "__url__";
    public const string Money = "__money__";
    public const string Phone = "__phone__";
    public const string Number = "__num__";

    [GeneratedRegex("""
        (?<url>(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|uk|biz|info|ly|io|me|tv|mobi|xyz|top|ru)\b(?:/\S*)?)
        |(?<money>[£$€¥]\s?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*\s?(?:p|gbp|usd|eur|pounds?|dollars?|euros?)\b)
        |(?<phone>\+?\d(?:[\s-]?\d){6,})
        |(?<num>\d+(?:[.,]\d+)*)
        |(?<word>\p{L}[\p{L}\p{Mn}\p{N}']*)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    public static IEnumerable<string> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in Tokens().Matches(text.ToLowerInvariant()))
        {
            if (m.Groups["url"].Success) yield return Url;
            else if (m.Groups["money"].Success) yield return Money;
            else if (m.Groups["phone"].Success) yield return Phone;
            else if (m.Groups["num"].Success) yield return Number;
            else yield return m.Value.TrimEnd('\'');
        }
    }
}
