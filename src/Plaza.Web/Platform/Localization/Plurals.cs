using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Plaza.Web.Platform.Localization;

/// <summary>
/// Counts in words with the reader's plural rules (CLDR): English and Spanish say "1 item" but "0 items" and "2 items";
/// Chinese has one form for every number. Both forms are keys of their own, translated like any other text.
/// </summary>
internal static class Plurals
{
    /// <param name="arguments">What fills the text's {0}, {1}…; without any, the count is {0}.</param>
    public static LocalizedString Plural(this IStringLocalizer L, long count, string one, string other, params object[] arguments) =>
        L[IsOne(count, CultureInfo.CurrentUICulture) ? one : other, arguments.Length == 0 ? [count] : arguments];

    /// <summary>CLDR's "one": exactly 1 in English and Spanish; never in Chinese.</summary>
    public static bool IsOne(long count, CultureInfo culture) => count == 1 && culture.TwoLetterISOLanguageName is "en" or "es";
}
