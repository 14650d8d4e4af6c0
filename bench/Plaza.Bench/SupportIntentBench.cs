using System.Diagnostics;
using System.Globalization;
using Plaza.Web.Modules.Support.Assistant;

namespace Plaza.Bench;

/// <summary>
/// <c>support-intents [--errors]</c>: the support assistant's intent recogniser on its corpus. The corpus and its split, how
/// alike the test part is to the train part, training time, out-of-fold scores of the train part for choosing the threshold,
/// then the model the app runs (train part only) on the held-out test part: accuracy overall, per language and per intent,
/// macro-F1, confusions, language detection, the rules' share, and the alternatives measured. Prints Markdown.
/// </summary>
internal static class SupportIntentBench
{
    private static readonly double[] Thresholds = [0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];

    public static void Run(bool errors)
    {
        var (all, train, test) = (IntentCorpus.All, IntentCorpus.Train, IntentCorpus.Test);
        Console.WriteLine($"Corpus: {all.Count} messages written by us ({Per(all, e => e.Language)}); train {train.Count}, test {test.Count} "
            + $"({P(IntentCorpus.TestShare)} of each intent in each language, by SHA-256 of the text)");
        Console.WriteLine($"Per intent: {Per(all, e => e.Intent.Name())}");
        var nearest = test.Select(t => train.Where(r => r.Language == t.Language).Max(r => IntentCorpus.Similarity(t.Text, r.Text))).Order().ToArray();
        Console.WriteLine($"Test part vs train part, nearest train message in the same language (Jaccard of character 3-grams, 2-grams for Chinese): "
            + $"median {F(nearest[nearest.Length / 2])}, 90th percentile {F(nearest[nearest.Length * 9 / 10])}, max {F(nearest[^1])}; "
            + $"{nearest.Count(s => s >= 0.6)} of {nearest.Length} at 0.6 or more");

        var (firstMs, medianMs, cpuMs) = TrainingTime(() => IntentClassifier.Train(train));
        Console.WriteLine($"Training (softmax, {train.Count} messages, features {IntentFeatures.Version}): first {firstMs:0} ms (with JIT), "
            + $"then median {medianMs:0} ms wall, {cpuMs:0} ms CPU");

        Console.WriteLine();
        Console.WriteLine("5-fold out-of-fold scores of the train part (rules and model), for the threshold:");
        var folds = IntentEvaluation.CrossValidated(train, 5);
        Console.WriteLine($"accuracy {P(folds.Accuracy)}; rules matched {P(folds.Rules.Coverage)} of messages, right on {P(folds.Rules.Precision)}");
        ThresholdTable(folds);

        var recogniser = new IntentRecogniser(IntentClassifier.Train(train));
        var result = IntentEvaluation.Measure(recogniser, test);
        var started = Stopwatch.GetTimestamp();
        for (var round = 0; round < 5; round++)
            foreach (var e in test) recogniser.Recognise(e.Text);
        var perMessage = Stopwatch.GetElapsedTime(started).TotalMicroseconds / (5.0 * test.Count);
        Console.WriteLine();
        Console.WriteLine($"Held-out test part ({test.Count} messages), model trained on the train part as the app does, "
            + $"threshold {F(IntentRecogniser.Threshold)}; one recognition takes {perMessage:0} µs (mean over the part, 5 rounds, one thread):");
        Console.WriteLine();
        Console.WriteLine("| set | messages | accuracy | macro-F1 | wrong answers | needless handovers |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row("all", result);
        foreach (var language in IntentCorpus.Languages)
            Row(language, new IntentEvaluation([.. result.Scored.Where(s => s.Example.Language == language)]));
        Console.WriteLine();
        Console.WriteLine("| intent | test messages | precision | recall | F1 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var s in result.PerIntent)
            Console.WriteLine($"| {s.Intent.Name()} | {s.Support} | {P(s.Precision)} | {P(s.Recall)} | {F(s.F1)} |");
        Console.WriteLine();
        Console.WriteLine("Confusions (truth → guess: count): "
            + string.Join(", ", result.Confusions.Select(c => $"{c.Truth.Name()} → {c.Guess.Name()}: {c.Count}")));
        Console.WriteLine($"Language detected right: {P(result.LanguageAccuracy)}; "
            + $"rules matched {P(result.Rules.Coverage)}, right on {P(result.Rules.Precision)}");
        ThresholdTable(result);

        Console.WriteLine();
        Console.WriteLine("Alternatives on the same test part (best guess, no threshold):");
        var modelOnly = IntentClassifier.Train(train);
        Console.WriteLine($"- softmax model without the rules: {P(Accuracy(test, t => modelOnly.Best(t).Intent))}");
        Console.WriteLine($"- rules alone: they match {P(result.Rules.Coverage)}; the rest would go to a person");
        var nb = IntentClassifier.Train(train, IntentLearner.NaiveBayes);
        var (_, nbMs, nbCpu) = TrainingTime(() => IntentClassifier.Train(train, IntentLearner.NaiveBayes));
        Console.WriteLine($"- naive Bayes, same features: {P(Accuracy(test, t => nb.Best(t).Intent))} without rules, "
            + $"{P(IntentEvaluation.Measure(new IntentRecogniser(nb), test).Accuracy)} with them; trains in {nbMs:0} ms ({nbCpu:0} ms CPU)");
        var (mlFirst, mlMs, mlCpu) = TrainingTime(() => MlNetIntentClassifier.Train(train), runs: 2);
        var ml = MlNetIntentClassifier.Train(train);
        Console.WriteLine($"- ML.NET 6 SDCA maximum entropy, its text featurizer (char 1-4, word 1-2): {P(Accuracy(test, t => ml.Best(t).Intent))} "
            + $"without rules; trains in {mlMs:0} ms ({mlCpu:0} ms CPU; first {mlFirst:0} ms)");

        if (!errors) return;
        Console.WriteLine();
        foreach (var s in result.Scored.Where(s => !s.Right).OrderBy(s => s.Example.Intent).ThenBy(s => s.Example.Language))
            Console.WriteLine($"  {s.Example.Intent.Name(),-16} {s.Guess.Name(),-16} {F(s.Confidence)} {(s.ByRule ? "rule" : "    ")} {s.Example.Text}");
    }

    private static void Row(string set, IntentEvaluation r) =>
        Console.WriteLine($"| {set} | {r.Scored.Count} | {P(r.Accuracy)} | {F(r.MacroF1)} | {P(r.WrongAnswers(IntentRecogniser.Threshold))} | "
            + $"{P(r.NeedlessHandovers(IntentRecogniser.Threshold))} |");

    private static void ThresholdTable(IntentEvaluation r)
    {
        Console.WriteLine();
        Console.WriteLine("| threshold | wrong answers (of the answers given) | needless handovers (of answerable questions) |");
        Console.WriteLine("| ---: | ---: | ---: |");
        foreach (var t in Thresholds) Console.WriteLine($"| {F(t)} | {P(r.WrongAnswers(t))} | {P(r.NeedlessHandovers(t))} |");
    }

    private static double Accuracy(IReadOnlyList<IntentExample> examples, Func<string, SupportIntent> guess) =>
        examples.Count(e => guess(e.Text) == e.Intent) / (double)examples.Count;

    /// <summary>The first run (JIT included), then the median wall time and mean CPU time of the next runs.</summary>
    private static (double FirstMs, double MedianMs, double CpuMs) TrainingTime(Action train, int runs = 5)
    {
        var started = Stopwatch.GetTimestamp();
        train();
        var first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var times = new List<double>();
        var cpu = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < runs; i++)
        {
            started = Stopwatch.GetTimestamp();
            train();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        return (first, times[times.Count / 2], (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / runs);
    }

    private static string Per(IEnumerable<IntentExample> examples, Func<IntentExample, string> key) =>
        string.Join(", ", examples.GroupBy(key).Select(g => $"{g.Key} {g.Count()}"));

    private static string P(double v) => v.ToString("0.0%", CultureInfo.InvariantCulture);
    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
