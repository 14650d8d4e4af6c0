using System.Globalization;
using System.Text;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// What the intent classifier reads of a message, as 64-bit keys with weights (binary presence, each block scaled to unit
/// length, so a long message does not outvote a short one). The text is folded first (<see cref="Fold"/>): full-width forms
/// as ASCII, lower case, accents dropped (shoppers type "donde" as often as "dónde"), an order number as one mark (which
/// number says nothing about the intent, that there is one does), every digit as 0 ("#1234" and "#5678" read the same).
/// Then two blocks: character 1–4-grams of the whole text, which carry Chinese (written without spaces) and survive typos;
/// and word 1–2-grams of the Latin-script words.
/// </summary>
internal static class IntentFeatures
{
    /// <summary>Names this recipe; a change makes a different model.</summary>
    public const string Version = "i1";

    private const char OrderMark = '\uE000';
    private const int MaxCharGram = 4;
    private const ulong CharSpace = 0x63, WordSpace = 0x77;

    /// <summary>NFKC, lower case, no accents, collapsed spaces; an order number becomes <see cref="OrderMark"/> and digits 0.</summary>
    public static string Fold(string? text)
    {
        var s = (text ?? "").Normalize(NormalizationForm.FormKC);
        var order = OrderNumbers.Match(s);
        if (order.Success) s = string.Concat(s.AsSpan(0, order.Index), $" {OrderMark} ", s.AsSpan(order.Index + order.Length));
        var sb = new StringBuilder(s.Length + 2);
        var space = true;
        foreach (var c in s.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!space) sb.Append(' ');
                space = true;
                continue;
            }
            sb.Append(char.IsAsciiDigit(c) ? '0' : c);
            space = false;
        }
        return sb.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Han ideographs (Chinese), including the extension blocks people meet in names.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The keys of a message and their weights; the same key never appears twice.</summary>
    public static IReadOnlyList<(ulong Key, float Weight)> Of(string? text)
    {
        var folded = " " + Fold(text) + " ";
        var chars = new HashSet<ulong>();
        for (var n = 1; n <= MaxCharGram; n++)
            for (var i = 0; i + n <= folded.Length; i++)
            {
                var gram = folded.AsSpan(i, n);
                if (gram.Trim().Length > 0) chars.Add(Key(CharSpace, gram));
            }
        var words = new HashSet<ulong>();
        string? previous = null;
        foreach (var word in LatinWords(folded))
        {
            words.Add(Key(WordSpace, word));
            if (previous is not null) words.Add(Key(WordSpace, previous + " " + word));
            previous = word;
        }
        var features = new List<(ulong, float)>(chars.Count + words.Count);
        AddBlock(features, chars);
        AddBlock(features, words);
        return features;
    }

    private static void AddBlock(List<(ulong, float)> features, HashSet<ulong> keys)
    {
        var weight = keys.Count == 0 ? 0f : 1f / MathF.Sqrt(keys.Count);
        foreach (var key in keys) features.Add((key, weight));
    }

    /// <summary>Runs of letters and digits outside the Han blocks; the order mark counts as a word of its own.</summary>
    private static IEnumerable<string> LatinWords(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) && !IsHan(folded[i]) || folded[i] == '\'' && start >= 0);
            if (i < folded.Length && folded[i] == OrderMark)
            {
                if (start >= 0) yield return folded[start..i];
                start = -1;
                yield return "#order";
                continue;
            }
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>FNV-1a over the UTF-16 units, seeded by the block, so "a" as a character and "a" as a word are different keys.</summary>
    private static ulong Key(ulong space, ReadOnlySpan<char> gram)
    {
        var hash = 14695981039346656037UL ^ space;
        foreach (var c in gram)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }
        return hash;
    }
}
