using System.Text;
using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// Finds a Plaza order number in what a shopper typed. Plaza numbers are "PZ-" and eight characters of the Ordering module's
/// alphabet (capitals and digits without 0, O, 1 and I), e.g. PZ-7KQ3MX2A. Shoppers write them in lower case, without
/// the dash, after a #, or as the eight characters alone after "order", "pedido" or "订单". Anything else that looks like
/// a number ("#1234", a six-digit pickup code, a price) is not taken: no Plaza order has it, so the assistant should ask
/// for the number as the app shows it rather than look up something that cannot exist.
/// </summary>
internal static partial class OrderNumbers
{
    private const string Code = "[A-HJ-NP-Z2-9]{8}";

    /// <summary>The number as Plaza writes it ("PZ-7KQ3MX2A"), or null. The first one wins when there are several.</summary>
    public static string? Find(string? text) => Match(text) is { Success: true } m ? "PZ-" + m.Groups["code"].Value.ToUpperInvariant() : null;

    /// <summary>Where the number is in <paramref name="text"/> (after full-width forms are read as ASCII), to mask it for the classifier.</summary>
    internal static Match Match(string? text)
    {
        var ascii = (text ?? "").Normalize(NormalizationForm.FormKC);
        var full = Prefixed().Match(ascii);
        if (full.Success) return full;
        // A bare code needs a digit and a letter, so that an English or Spanish word of eight letters is not taken for one.
        for (var m = AfterKeyword().Match(ascii); m.Success; m = m.NextMatch())
        {
            var code = m.Groups["code"].Value;
            if (code.Any(char.IsAsciiDigit) && code.Any(char.IsAsciiLetter)) return m;
        }
        return System.Text.RegularExpressions.Match.Empty;
    }

    [GeneratedRegex($@"(?<![A-Z0-9])PZ[\s\-_–—]?(?<code>{Code})(?![A-Z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefixed();

    [GeneratedRegex($@"(?:order|pedido|orden|订单|单号)\s*(?:number|no\.?|n[º°o]\.?|número|numero|号)?\s*[#:：]?\s*(?<code>{Code})(?![A-Z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();
}
