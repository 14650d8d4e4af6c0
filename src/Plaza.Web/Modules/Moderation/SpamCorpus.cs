using System.Security.Cryptography;
using System.Text;

namespace Plaza.Web.Modules.Moderation;

/// <summary>One labelled message of a corpus; <paramref name="Language"/> (en, es, zh) when the corpus says.</summary>
internal sealed record LabelledMessage(bool Spam, string Text, string? Language = null);

/// <summary>
/// Labelled corpora as tab-separated lines: <c>label&lt;TAB&gt;text</c> (the UCI SMS Spam Collection's shape) or
/// <c>label&lt;TAB&gt;language&lt;TAB&gt;text</c> (Plaza's shop comments), label <c>ham</c> or <c>spam</c>.
/// </summary>
internal static class SpamCorpus
{
    /// <summary>The SMS collection's share held out for testing, never trained on nor used to choose thresholds.</summary>
    public const double SmsTestShare = 0.2;

    public static IReadOnlyList<LabelledMessage> Read(string path) => Parse(File.ReadLines(path));

    /// <summary>Plaza's own shop comments, "train" or "test" part (embedded; Modules/Moderation/Data).</summary>
    public static IReadOnlyList<LabelledMessage> ShopComments(string part)
    {
        using var stream = typeof(SpamCorpus).Assembly.GetManifestResourceStream($"moderation/shop-comments.{part}.tsv")
            ?? throw new InvalidOperationException($"The shop-comments {part} part is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd().Split('\n'));
    }

    /// <summary>Lines without a known label or a tab (headers, comments) are skipped.</summary>
    public static IReadOnlyList<LabelledMessage> Parse(IEnumerable<string> lines)
    {
        var messages = new List<LabelledMessage>();
        foreach (var line in lines)
        {
            var parts = line.TrimEnd('\r').Split('\t', 3);
            if (parts.Length < 2) continue;
            var spam = parts[0].Trim().ToLowerInvariant() switch { "spam" => true, "ham" => false, _ => (bool?)null };
            if (spam is null) continue;
            messages.Add(parts.Length == 3 ? new(spam.Value, parts[2], parts[1].Trim()) : new(spam.Value, parts[1]));
        }
        return messages;
    }

    /// <summary>
    /// A fixed split: within each label, messages in the order of the SHA-256 of their text, the first
    /// <paramref name="testShare"/> to the test part. It depends on nothing but the texts, and a text that appears
    /// twice never lands on both sides (the boundary moves past equal texts).
    /// </summary>
    public static (IReadOnlyList<LabelledMessage> Train, IReadOnlyList<LabelledMessage> Test) SplitByHash(
        IReadOnlyList<LabelledMessage> messages, double testShare)
    {
        var train = new List<LabelledMessage>();
        var test = new List<LabelledMessage>();
        foreach (var label in new[] { false, true })
        {
            var ordered = messages.Where(m => m.Spam == label).OrderBy(m => Hash(m.Text), StringComparer.Ordinal).ToList();
            var cut = (int)Math.Round(ordered.Count * testShare);
            while (cut > 0 && cut < ordered.Count && ordered[cut].Text == ordered[cut - 1].Text) cut++;
            test.AddRange(ordered[..cut]);
            train.AddRange(ordered[cut..]);
        }
        return (train, test);
    }

    /// <summary>
    /// Out-of-fold spam probabilities: each message scored by a model that never saw it. Folds by the hash of the
    /// text (a repeated text stays in one fold), k models trained by <paramref name="train"/>.
    /// </summary>
    public static IReadOnlyList<(LabelledMessage Message, double Probability)> CrossValidated(
        IReadOnlyList<LabelledMessage> messages, int folds, Func<IReadOnlyList<LabelledMessage>, SpamClassifier> train)
    {
        var fold = messages.Select(m => (int)(Convert.ToUInt32(Hash("fold\n" + m.Text)[..8], 16) % (uint)folds)).ToArray();
        var scored = new (LabelledMessage, double)[messages.Count];
        for (var k = 0; k < folds; k++)
        {
            var classifier = train(messages.Where((_, i) => fold[i] != k).ToList());
            for (var i = 0; i < messages.Count; i++)
                if (fold[i] == k) scored[i] = (messages[i], classifier.SpamProbability(messages[i].Text));
        }
        return scored;
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
