using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Plaza.Web.Platform.Localization;

/// <summary>
/// UI strings keyed by their English text, translated in Resources/{culture}.json. A missing
/// translation falls back to English (the key); a test checks that none is missing.
/// </summary>
internal sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    public static readonly string[] Cultures = ["en", "es", "zh-Hans"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _tables = Load();

    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(_tables);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(_tables);

    internal static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var tables = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in Cultures.Where(c => c != "en"))
        {
            using var stream = assembly.GetManifestResourceStream($"i18n/{culture}.json")
                ?? throw new InvalidOperationException($"Missing translations for {culture}.");
            var map = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            tables[culture] = map.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return tables.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

internal sealed class JsonStringLocalizer(FrozenDictionary<string, FrozenDictionary<string, string>> tables) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = Find(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Table() is { } table ? table.Select(kv => new LocalizedString(kv.Key, kv.Value)) : [];

    private LocalizedString Find(string name) =>
        Table() is { } table && table.TryGetValue(name, out var value)
            ? new LocalizedString(name, value)
            : new LocalizedString(name, name, resourceNotFound: Table() is not null);

    private FrozenDictionary<string, string>? Table()
    {
        for (var culture = CultureInfo.CurrentUICulture; !string.IsNullOrEmpty(culture.Name); culture = culture.Parent)
            if (tables.TryGetValue(culture.Name, out var table)) return table;
        return null;
    }
}
