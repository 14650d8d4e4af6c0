using System.Security.Cryptography;
using System.Text;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>One labelled message: what a shopper typed, in <paramref name="Language"/> (en, es, zh), and what it asks for.</summary>
internal sealed record IntentExample(SupportIntent Intent, string Language, string Text);

/// <summary>
/// The messages the recogniser learns from and is measured on: written by the Plaza team for this purpose, embedded from
/// Modules/Support/Assistant/Data/intents-{en,es,zh}.tsv as <c>label&lt;TAB&gt;language&lt;TAB&gt;text</c> lines (<c>#</c> starts a comment).
/// Split once by <see cref="SplitByHash"/>: the app trains on <see cref="Train"/> only, so <see cref="Test"/> measures the model it runs.
/// </summary>
internal static class IntentCorpus
{
    /// <summary>The share of each intent in each language held out for measuring, never trained on nor used to choose the threshold.</summary>
    public const double TestShare = 0.25;

    public static readonly string[] Languages = ["en", "es", "zh"];

    private static readonly Lazy<IReadOnlyList<IntentExample>> Embedded = new(() => [.. Languages.SelectMany(Read)]);
    private static readonly Lazy<(IReadOnlyList<IntentExample> Train, IReadOnlyList<IntentExample> Test)> Parts =
        new(() => SplitByHash(Embedded.Value, TestShare));

    /// <summary>Every labelled message, in file order.</summary>
    public static IReadOnlyList<IntentExample> All => Embedded.Value;

    public static IReadOnlyList<IntentExample> Train => Parts.Value.Train;

    public static IReadOnlyList<IntentExample> Test => Parts.Value.Test;

    /// <summary>A label that is not an intent's name is a typo in the corpus, so it throws rather than losing the line.</summary>
    public static IReadOnlyList<IntentExample> Parse(IEnumerable<string> lines)
    {
        var examples = new List<IntentExample>();
        foreach (var (line, number) in lines.Select((l, i) => (l.TrimEnd('\r'), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 3 || !SupportIntents.TryParse(parts[0], out var intent) || intent == SupportIntent.Unknown
                || !Languages.Contains(parts[1]) || parts[2].Trim().Length == 0)
                throw new InvalidDataException($"Line {number} is not label<TAB>language<TAB>text with a known label and language: {line}");
            examples.Add(new(intent, parts[1], parts[2].Trim()));
        }
        return examples;
    }

    /// <summary>
    /// A fixed split: within each intent and language, messages in the order of the SHA-256 of their text, the first
    /// <paramref name="testShare"/> (rounded) to the test part. It depends on nothing but the texts, so adding a line moves few others.
    /// </summary>
    public static (IReadOnlyList<IntentExample> Train, IReadOnlyList<IntentExample> Test) SplitByHash(
        IReadOnlyList<IntentExample> examples, double testShare)
    {
        var train = new List<IntentExample>();
        var test = new List<IntentExample>();
        foreach (var group in examples.GroupBy(e => (e.Intent, e.Language)))
        {
            var ordered = group.OrderBy(e => Hash(e.Text), StringComparer.Ordinal).ToList();
            var cut = (int)Math.Round(ordered.Count * testShare, MidpointRounding.AwayFromZero);
            test.AddRange(ordered[..cut]);
            train.AddRange(ordered[cut..]);
        }
        return (train, test);
    }

    /// <summary>
    /// How alike two messages read, 0..1: the Jaccard index of their folded character trigrams (bigrams for Chinese, where one
    /// character is a word), punctuation and emoji left out. Near 1 is a near-duplicate ("hola" and "¡Hola!"), which would make a test part no test.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        var x = Grams(a);
        var y = Grams(b);
        var common = x.Count(y.Contains);
        return x.Count + y.Count == 0 ? 1 : common / (double)(x.Count + y.Count - common);
    }

    private static HashSet<string> Grams(string text)
    {
        // Punctuation and emoji say little about whether two messages are the same words, so they count as spaces here.
        var letters = new string([.. IntentFeatures.Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);
        var words = string.Join(' ', letters.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var folded = " " + words + " ";
        var n = folded.Any(IntentFeatures.IsHan) ? 2 : 3;
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + n <= folded.Length; i++) grams.Add(folded.Substring(i, n));
        if (grams.Count == 0) grams.Add(folded);
        return grams;
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static IReadOnlyList<IntentExample> Read(string language)
    {
        using var stream = typeof(IntentCorpus).Assembly.GetManifestResourceStream($"support/intents-{language}.tsv")
            ?? throw new InvalidOperationException($"The {language} support intents corpus is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd().Split('\n'));
    }
}
