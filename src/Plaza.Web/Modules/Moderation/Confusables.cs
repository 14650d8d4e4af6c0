using System.Text;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Characters that pass for others. <see cref="Fold"/> reads Greek and Cyrillic look-alikes as the Latin letters they
/// imitate (wһаtsарр is whatsapp to the rules); <see cref="Skeleton"/> goes further for domain names, where digits
/// and capital I stand in for letters too (p1aza, pIaza, paypa1).
/// </summary>
internal static class Confusables
{
    private static readonly Dictionary<char, char> Letters = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['һ'] = 'h', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h',
        ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u',
        ['χ'] = 'x', ['ω'] = 'w',
        // Latin letters that look like others
        ['ɡ'] = 'g', ['ı'] = 'i', ['ł'] = 'l',
    };

    /// <summary>Lower case, Greek and Cyrillic look-alikes as Latin letters.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant()) sb.Append(Letters.GetValueOrDefault(c, c));
        return sb.ToString();
    }

    /// <summary>A name as it reads: <see cref="Fold"/>, capital I as l, digits and signs as letters, rn as m, vv as w.</summary>
    public static string Skeleton(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in Fold(name.Replace('I', 'l')))
            sb.Append(c switch { '0' => 'o', '1' or '|' => 'l', '3' => 'e', '4' or '@' => 'a', '5' or '$' => 's', '7' => 't', '8' => 'b', _ => c });
        return sb.ToString().Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal);
    }
}
