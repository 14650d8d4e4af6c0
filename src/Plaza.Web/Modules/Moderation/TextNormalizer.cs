using System.Text;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// What the rules and the spam model judge: the text as it was meant, not as it happens to be encoded.
/// <list type="number">
/// <item>C1 controls U+0080–U+009F become what Windows-1252 meant by those bytes (a UTF-8 text decoded as Latin-1
/// turns the smart quotes 0x91–0x94 into U+0091–U+0094): ‘ ’ “ ” • – — … €. The five bytes Windows-1252 leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) mean nothing and are dropped.</item>
/// <item>Unicode NFKC: full-width letters and digits (ＷｈａｔｓＡｐｐ, ０７７００), ligatures, circled and
/// super-script forms fold to their plain letters, so look-alike spellings read as what they say.</item>
/// <item>Invisible characters that only split words (zero-width space, word joiner, BOM, soft hyphen, zero-width
/// non-joiner, Mongolian vowel separator) are dropped; the zero-width joiner only where it is not joining emoji.</item>
/// </list>
/// The pipeline never stores this form (ADR 0008: it refuses or holds, it never edits); it only judges it.
/// </summary>
internal static class TextNormalizer
{
    private static readonly string[] Windows1252 =
    [
        "€", "", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "", "Ž", "",
        "", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "", "ž", "Ÿ",
    ];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c is >= '\u0080' and <= '\u009F') sb.Append(Windows1252[c - 0x80]);
            else sb.Append(c);
        var folded = sb.ToString().Normalize(NormalizationForm.FormKC);

        sb.Clear();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200C' or '\u180E') continue;
            if (c == '\u200D' && !AfterEmoji(folded, i)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether the character before <paramref name="i"/> ends an emoji (a pictograph, a variation selector or a skin tone).</summary>
    private static bool AfterEmoji(string s, int i)
    {
        if (i == 0) return false;
        var c = s[i - 1];
        if (char.IsLowSurrogate(c) && i >= 2 && char.IsHighSurrogate(s[i - 2])) return char.ConvertToUtf32(s[i - 2], c) >= 0x1F000;
        return c is >= '\u2600' and <= '\u27BF' or '\uFE0F';
    }
}
