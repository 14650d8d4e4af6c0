namespace Plaza.Web.Modules.Moderation;

/// <summary>A labelled corpus as <c>label&lt;TAB&gt;text</c> lines, label <c>ham</c> or <c>spam</c> (the UCI SMS Spam Collection's shape).</summary>
internal static class SpamCorpus
{
    public static IReadOnlyList<LabelledMessage> Read(string path) => Parse(File.ReadLines(path));

    /// <summary>Lines without a known label or a tab are skipped.</summary>
    public static IReadOnlyList<LabelledMessage> Parse(IEnumerable<string> lines)
    {
        var messages = new List<LabelledMessage>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var label = line[..tab].Trim();
            if (label.Equals("spam", StringComparison.OrdinalIgnoreCase)) messages.Add(new(true, line[(tab + 1)..]));
            else if (label.Equals("ham", StringComparison.OrdinalIgnoreCase)) messages.Add(new(false, line[(tab + 1)..]));
        }
        return messages;
    }

    /// <summary>
    /// A stratified split: each class shuffled on its own with <paramref name="seed"/> (System.Random's
    /// seeded sequence is fixed), then <paramref name="testShare"/> of each class goes to the test part.
    /// </summary>
    public static (IReadOnlyList<LabelledMessage> Train, IReadOnlyList<LabelledMessage> Test) Split(
        IReadOnlyList<LabelledMessage> messages, double testShare, int seed)
    {
        var random = new Random(seed);
        var train = new List<LabelledMessage>();
        var test = new List<LabelledMessage>();
        foreach (var group in new[] { messages.Where(m => !m.Spam).ToArray(), messages.Where(m => m.Spam).ToArray() })
        {
            random.Shuffle(group);
            var testCount = (int)Math.Round(group.Length * testShare);
            test.AddRange(group[..testCount]);
            train.AddRange(group[testCount..]);
        }
        return (train, test);
    }

    /// <summary>Out-of-fold spam probabilities: each message scored by a classifier that never saw it (k stratified folds).</summary>
    public static IReadOnlyList<(LabelledMessage Message, double Probability)> CrossValidated(IReadOnlyList<LabelledMessage> messages, int folds, int seed)
    {
        var random = new Random(seed);
        var fold = new Dictionary<LabelledMessage, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in new[] { messages.Where(m => !m.Spam).ToArray(), messages.Where(m => m.Spam).ToArray() })
        {
            random.Shuffle(group);
            for (var i = 0; i < group.Length; i++) fold[group[i]] = i % folds;
        }
        var scored = new List<(LabelledMessage, double)>();
        for (var k = 0; k < folds; k++)
        {
            var classifier = SpamClassifier.Train(messages.Where(m => fold[m] != k));
            scored.AddRange(messages.Where(m => fold[m] == k).Select(m => (m, classifier.SpamProbability(m.Text))));
        }
        return scored;
    }
}
