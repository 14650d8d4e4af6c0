using System.Globalization;

namespace Plaza.Web.Platform.Localization;

/// <summary>
/// Writes in another person's language for a while (the assistant answering in Spanish on an English request, a message
/// composed for its reader): sets the current culture and UI culture, and puts the caller's back when disposed. The
/// culture flows with the async calls made inside the scope and never leaks back to the caller.
/// </summary>
internal readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _culture, _uiCulture;

    private CultureScope(CultureInfo culture, CultureInfo uiCulture) => (_culture, _uiCulture) = (culture, uiCulture);

    /// <param name="culture">"en", "es" or "zh-Hans" (a bare "zh" is Simplified Chinese); anything Plaza does not speak means English.</param>
    public static CultureScope Use(string? culture)
    {
        var scope = new CultureScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var name = culture == "zh" ? "zh-Hans" : culture;
        var chosen = CultureInfo.GetCultureInfo(name is not null && JsonStringLocalizerFactory.Cultures.Contains(name) ? name : "en");
        CultureInfo.CurrentCulture = chosen;
        CultureInfo.CurrentUICulture = chosen;
        return scope;
    }

    /// <summary>The one of Plaza's cultures a request's culture falls under ("es-MX" → "es"; unknown → "en").</summary>
    public static string ForCulture(string name) =>
        JsonStringLocalizerFactory.Cultures.FirstOrDefault(c => name == c || name.StartsWith(c + "-", StringComparison.Ordinal))
        ?? (name.StartsWith("zh", StringComparison.Ordinal) ? "zh-Hans" : "en");

    /// <summary>Plaza's culture for a language the assistant recognised ("en", "es", "zh").</summary>
    public static string ForLanguage(string language) => language switch { "es" => "es", "zh" => "zh-Hans", _ => "en" };

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
