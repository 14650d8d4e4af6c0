using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Plaza.UnitTests.Localization;

/// <summary>
/// UI strings are keyed by their English text (L["Add to cart"]); Resources/es.json and zh-Hans.json
/// translate them. A key missing there silently shows English, so these tests look for gaps.
/// </summary>
public sealed partial class TranslationsTests
{
    private static readonly string[] Cultures = ["es", "zh-Hans"];

    [Fact]
    public void Spanish_and_Chinese_translate_exactly_the_same_strings()
    {
        var es = Load("es");
        var zh = Load("zh-Hans");

        es.Keys.Except(zh.Keys).Order().ShouldBeEmpty("translated in Spanish but not in Chinese");
        zh.Keys.Except(es.Keys).Order().ShouldBeEmpty("translated in Chinese but not in Spanish");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("zh-Hans")]
    public void No_translation_is_empty_or_listed_twice(string culture)
    {
        var path = Path.Combine(ResourcesDir(), culture + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        doc.RootElement.ValueKind.ShouldBe(JsonValueKind.Object);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var twice = new List<string>();
        var empty = new List<string>();
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            if (!seen.Add(property.Name)) twice.Add(property.Name);
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
                empty.Add(property.Name);
        }
        twice.ShouldBeEmpty($"{culture}.json lists these more than once");
        empty.ShouldBeEmpty($"{culture}.json has no text for these");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("zh-Hans")]
    public void Translations_keep_the_placeholders_of_the_English_text(string culture)
    {
        var wrong = Load(culture)
            .Where(kv => !Placeholders(kv.Key).SetEquals(Placeholders(kv.Value)))
            .Select(kv => $"{kv.Key} => {kv.Value}")
            .ToList();
        wrong.ShouldBeEmpty($"{culture}.json: the {{0}} placeholders differ from the English text");
    }

    [Fact]
    public void Every_UI_string_has_a_Spanish_and_Chinese_translation()
    {
        var keys = LocalizerKeys("*.cshtml");
        // Guards against a regex or path that quietly finds nothing: the pages use many strings.
        keys.Count.ShouldBeGreaterThan(50);

        ShouldAllBeTranslated(keys);
    }

    [Fact]
    public void Every_string_the_code_translates_has_a_Spanish_and_Chinese_translation()
    {
        // Code writes UI text too, with the same L["..."] (the assistant's answers, order and coupon labels shared through contracts).
        var keys = LocalizerKeys("*.cs");
        keys.Count.ShouldBeGreaterThan(50);

        ShouldAllBeTranslated(keys);
    }

    [Fact]
    public void Every_count_in_words_has_both_forms_in_Spanish_and_Chinese()
    {
        // L.Plural(n, "{0} item", "{0} items"): each form is a key of its own.
        var forms = Files("*.cs*")
            .SelectMany(f => PluralForms().Matches(File.ReadAllText(f))
                .SelectMany(m => new[] { (File: f, Key: Unescape(m.Groups[1].Value)), (File: f, Key: Unescape(m.Groups[2].Value)) }))
            .ToList();
        forms.Count.ShouldBeGreaterThan(4);

        ShouldAllBeTranslated(forms);
    }

    [Fact]
    public void Every_error_a_page_shows_in_its_own_words_has_a_Spanish_and_Chinese_translation()
    {
        // Page models add plain-words messages with ModelState.AddModelError(key, "message"); the
        // validation summary and field errors translate them with L[message].
        var messages = Files("*.cshtml.cs")
            .SelectMany(f => AddModelError().Matches(File.ReadAllText(f))
                .SelectMany(m => StringLiteral().Matches(SecondArgument(m.Groups[1].Value)))
                .Select(m => (File: f, Key: Unescape(m.Groups[1].Value))))
            .Where(k => k.Key.Contains(' ')) // messages are sentences; field names and codes are not
            .ToList();
        messages.Count.ShouldBeGreaterThan(3);

        ShouldAllBeTranslated(messages);
    }

    [Fact]
    public void Every_menu_entry_a_module_adds_has_a_Spanish_and_Chinese_translation()
    {
        // Modules add their menu entries in code (AddMenuEntry(Menus.Staff, "Coupons", ...)); the menus translate them with L[label].
        var labels = Files("*.cs")
            .SelectMany(f => MenuLabel().Matches(File.ReadAllText(f)).Select(m => (File: f, Key: Unescape(m.Groups[1].Value))))
            .ToList();
        labels.Count.ShouldBeGreaterThan(10);

        ShouldAllBeTranslated(labels);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The keys of every L["..."] in the files matching <paramref name="pattern"/>, with the file each is in.</summary>
    private static List<(string File, string Key)> LocalizerKeys(string pattern) =>
        Files(pattern).SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => (File: f, Key: Joined(m.Groups[1].Value)))).ToList();

    /// <summary>Each key (English text, with the file it was found in) has a Spanish and a Chinese translation.</summary>
    private static void ShouldAllBeTranslated(IReadOnlyList<(string File, string Key)> keys)
    {
        foreach (var culture in Cultures)
        {
            var table = Load(culture);
            var missing = keys.Where(k => !table.ContainsKey(k.Key))
                .Select(k => $"{Path.GetFileName(k.File)}: {k.Key}").Distinct().Order().ToList();
            missing.ShouldBeEmpty($"missing from {culture}.json");
        }
    }

    private static Dictionary<string, string> Load(string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(ResourcesDir(), culture + ".json")))
        ?? throw new InvalidOperationException($"{culture}.json is not a JSON object.");

    private static string WebDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Plaza.Web");
            if (Directory.Exists(Path.Combine(candidate, "Resources"))) return candidate;
        }
        throw new DirectoryNotFoundException("src/Plaza.Web/Resources not found above " + AppContext.BaseDirectory);
    }

    private static string ResourcesDir() => Path.Combine(WebDir(), "Resources");

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(WebDir(), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>The text after the first top-level comma of an argument list.</summary>
    private static string SecondArgument(string arguments)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': depth--; break;
                case ',' when depth == 0: return arguments[(i + 1)..];
            }
        }
        return "";
    }

    /// <summary>The text of one or more string literals joined with +, as the compiler joins them.</summary>
    private static string Joined(string literals) =>
        string.Concat(StringLiteral().Matches(literals).Select(m => Unescape(m.Groups[1].Value)));

    private static string Unescape(string literal)
    {
        var sb = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] == '\\' && i + 1 < literal.Length)
            {
                i++;
                sb.Append(literal[i] switch { 'n' => '\n', 't' => '\t', var other => other });
            }
            else sb.Append(literal[i]);
        }
        return sb.ToString();
    }

    /// <summary>L["key"], or a long key written as literals joined with + over several lines: L["first part " + "second part"].</summary>
    [GeneratedRegex("""\bL\[\s*("(?:[^"\\]|\\.)*"(?:\s*\+\s*"(?:[^"\\]|\\.)*")*)\s*[,\]]""")]
    private static partial Regex LocalizerKey();

    /// <summary>The label of a menu entry or of its badge, as a module adds it.</summary>
    [GeneratedRegex(@"\bL\.Plural\([^,]+,\s*""((?:[^""\\]|\\.)*)""\s*,\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex PluralForms();

    [GeneratedRegex("""(?:AddMenuEntry\(\s*Menus\.\w+,|MenuBadge\.Of<\w+>\()\s*"((?:[^"\\]|\\.)*)"\s*,""")]
    private static partial Regex MenuLabel();

    [GeneratedRegex("""AddModelError\((.*)\);""")]
    private static partial Regex AddModelError();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
