using System.Globalization;
using Plaza.Web.Platform.Localization;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// Writes an answer in the asker's language: the localizer, dates and money read the current culture, so it is set to the asker's
/// for the call and put back after (a hub or a job may answer several people in turn on one thread).
/// </summary>
internal sealed class AnswerLanguage : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private AnswerLanguage()
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
    }

    /// <param name="culture">"en", "es" or "zh-Hans" (a bare "zh" is Simplified Chinese); anything else answers in English.</param>
    public static AnswerLanguage Use(string? culture)
    {
        var saved = new AnswerLanguage();
        var name = culture == "zh" ? "zh-Hans" : culture;
        var chosen = CultureInfo.GetCultureInfo(JsonStringLocalizerFactory.Cultures.Contains(name) ? name! : "en");
        CultureInfo.CurrentCulture = chosen;
        CultureInfo.CurrentUICulture = chosen;
        return saved;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    /// <summary>Names in a row, as the current culture lists them ("a, b, c"; Chinese "a、b、c").</summary>
    public static string List(IEnumerable<string> names) => string.Join(IsChinese ? "、" : ", ", names);

    /// <summary>Sentences of one answer, in the current culture: Chinese runs them together, the others put a space between.</summary>
    public static string Sentences(params string?[] sentences) =>
        string.Join(IsChinese ? "" : " ", sentences.Where(s => !string.IsNullOrEmpty(s)));

    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
}
