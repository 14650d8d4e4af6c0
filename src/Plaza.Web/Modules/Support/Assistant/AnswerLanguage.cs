using System.Globalization;
using Plaza.Web.Platform.Localization;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// How an answer's parts join in the current culture (the asker's, set by <see cref="CultureScope"/> for the call): lists and
/// sentences, which Chinese writes without spaces.
/// </summary>
internal static class AnswerLanguage
{
    /// <summary>Names in a row, as the current culture lists them ("a, b, c"; Chinese "a、b、c").</summary>
    public static string List(IEnumerable<string> names) => string.Join(IsChinese ? "、" : ", ", names);

    /// <summary>Sentences of one answer, in the current culture: Chinese runs them together, the others put a space between.</summary>
    public static string Sentences(params string?[] sentences) =>
        string.Join(IsChinese ? "" : " ", sentences.Where(s => !string.IsNullOrEmpty(s)));

    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
}
