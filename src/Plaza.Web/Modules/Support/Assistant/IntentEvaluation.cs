namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>What the recogniser made of one labelled message, before the threshold.</summary>
internal sealed record ScoredExample(IntentExample Example, SupportIntent Guess, double Confidence, bool ByRule, string Language)
{
    public bool Right => Guess == Example.Intent;

    /// <summary>What the shopper gets at <paramref name="threshold"/>: the guess, or Unknown (a person) below it.</summary>
    public SupportIntent Outcome(double threshold) => Confidence >= threshold ? Guess : SupportIntent.Unknown;
}

/// <summary>Precision, recall and F1 of one intent.</summary>
internal readonly record struct IntentScore(SupportIntent Intent, int Support, double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The recogniser measured on labelled messages (the held-out test part, or out-of-fold scores of the train part).
/// Accuracy is of the best guess, as the classifier and rules give it; <see cref="WrongAnswers"/> and
/// <see cref="NeedlessHandovers"/> are what a threshold does with it.
/// </summary>
internal sealed class IntentEvaluation(IReadOnlyList<ScoredExample> scored)
{
    public IReadOnlyList<ScoredExample> Scored { get; } = scored;

    public static IntentEvaluation Measure(IntentRecogniser recogniser, IEnumerable<IntentExample> examples) =>
        new([.. examples.Select(e => Score(recogniser, e))]);

    /// <summary>
    /// Each message scored by a model that never saw it: <paramref name="folds"/> models, each trained on the others' folds
    /// (by the hash of the text). Used to choose the threshold without touching the test part.
    /// </summary>
    public static IntentEvaluation CrossValidated(IReadOnlyList<IntentExample> examples, int folds)
    {
        var fold = examples.Select(e => (int)(Convert.ToUInt32(IntentCorpus.Hash("fold\n" + e.Text)[..8], 16) % (uint)folds)).ToArray();
        var scored = new ScoredExample[examples.Count];
        for (var k = 0; k < folds; k++)
        {
            var recogniser = new IntentRecogniser(IntentClassifier.Train([.. examples.Where((_, i) => fold[i] != k)]));
            for (var i = 0; i < examples.Count; i++)
                if (fold[i] == k) scored[i] = Score(recogniser, examples[i]);
        }
        return new(scored);
    }

    public double Accuracy => Share(Scored, s => s.Right);

    public double AccuracyIn(string language) => Share(Scored.Where(s => s.Example.Language == language), s => s.Right);

    public double LanguageAccuracy => Share(Scored, s => s.Language == s.Example.Language);

    /// <summary>Of the messages a rule named an intent for: the share, and the share of those it named rightly.</summary>
    public (double Coverage, double Precision) Rules => (Share(Scored, s => s.ByRule), Share(Scored.Where(s => s.ByRule), s => s.Right));

    public IReadOnlyList<IntentScore> PerIntent => [.. SupportIntents.Labels.Select(intent =>
    {
        var support = Scored.Count(s => s.Example.Intent == intent);
        var predicted = Scored.Count(s => s.Guess == intent);
        var right = Scored.Count(s => s.Guess == intent && s.Right);
        return new IntentScore(intent, support, predicted == 0 ? 0 : right / (double)predicted, support == 0 ? 0 : right / (double)support);
    })];

    public double MacroF1 => PerIntent.Where(s => s.Support > 0).Average(s => s.F1);

    /// <summary>(truth, guess) pairs that were wrong, most frequent first.</summary>
    public IReadOnlyList<(SupportIntent Truth, SupportIntent Guess, int Count)> Confusions => [.. Scored.Where(s => !s.Right)
        .GroupBy(s => (s.Example.Intent, s.Guess)).Select(g => (g.Key.Intent, g.Key.Guess, g.Count()))
        .OrderByDescending(c => c.Item3).ThenBy(c => c.Intent).ThenBy(c => c.Guess)];

    /// <summary>
    /// At <paramref name="threshold"/>: the share of the answers the assistant gives (an intent it answers itself) that
    /// are about something else than was asked. The harm to avoid.
    /// </summary>
    public double WrongAnswers(double threshold)
    {
        var answered = Scored.Where(s => Answers(s.Outcome(threshold))).ToList();
        return Share(answered, s => !s.Right);
    }

    /// <summary>At <paramref name="threshold"/>: the share of the questions the assistant could answer that go to a person anyway.</summary>
    public double NeedlessHandovers(double threshold) =>
        Share(Scored.Where(s => Answers(s.Example.Intent)), s => !Answers(s.Outcome(threshold)));

    /// <summary>The intents the assistant answers itself; the rest go to a person.</summary>
    public static bool Answers(SupportIntent intent) => intent is not (SupportIntent.Unknown or SupportIntent.Other or SupportIntent.Human);

    private static ScoredExample Score(IntentRecogniser recogniser, IntentExample e)
    {
        var (guess, confidence) = recogniser.Guess(e.Text);
        return new(e, guess, confidence, IntentRules.Match(e.Text) is not null, MessageLanguage.Detect(e.Text));
    }

    private static double Share<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        int all = 0, yes = 0;
        foreach (var item in items)
        {
            all++;
            if (predicate(item)) yes++;
        }
        return all == 0 ? 0 : yes / (double)all;
    }
}
