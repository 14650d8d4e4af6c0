using System.Globalization;
using Plaza.Web.Platform.Cli;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// <c>moderation evaluate [--corpus PATH] [--seed N]</c>: a stratified 80/20 split with a fixed seed;
/// thresholds suggested from 5-fold out-of-fold scores of the 80% part; a classifier trained on the
/// 80% part, measured on the 20% part at the thresholds the pipeline uses (<see cref="SpamThresholds"/>).
/// </summary>
internal sealed class EvaluateSpamCommand(SpamModel model) : ICliCommand
{
    public const int DefaultSeed = 20261122;
    private const string Usage = "Usage: moderation evaluate [--corpus PATH] [--seed N]";

    public string Name => "moderation";

    public Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] != "evaluate")
        {
            Console.Error.WriteLine(Usage);
            return Task.FromResult(2);
        }
        var corpus = Option(args, "corpus") ?? model.CorpusPath;
        var seedText = Option(args, "seed");
        var seed = DefaultSeed;
        if (seedText is not null && !int.TryParse(seedText, CultureInfo.InvariantCulture, out seed))
        {
            Console.Error.WriteLine($"--seed needs a whole number, not '{seedText}'.\n{Usage}");
            return Task.FromResult(2);
        }
        if (ResolvePath(corpus) is not { } file)
        {
            Console.Error.WriteLine($"No such file: {corpus}");
            return Task.FromResult(2);
        }

        var messages = SpamCorpus.Read(file);
        var (train, test) = SpamCorpus.Split(messages, 0.2, seed);
        var outOfFold = SpamCorpus.CrossValidated(train, 5, seed);
        var suggested = SpamThresholds.Choose(outOfFold);
        var suggestedWithMargin = SpamThresholds.Choose(outOfFold, 0.5);
        var classifier = SpamClassifier.Train(train);
        var thresholds = SpamThresholds.Default;
        var result = SpamEvaluation.Measure(classifier, test, thresholds);

        var o = Console.Out;
        o.WriteLine($"Corpus: {file}");
        o.WriteLine($"Messages: {messages.Count} ({messages.Count(m => m.Spam)} spam); stratified split 80/20, seed {seed}");
        o.WriteLine($"Train: {train.Count} ({train.Count(m => m.Spam)} spam), vocabulary {classifier.Vocabulary}; test: {test.Count} ({test.Count(m => m.Spam)} spam)");
        o.WriteLine("5-fold out-of-fold scores on the train part, share at or above each threshold:");
        o.WriteLine($"{"threshold",-12}{"ham",8}{"spam",8}");
        var oofHam = outOfFold.Where(s => !s.Message.Spam).Select(s => s.Probability).ToArray();
        var oofSpam = outOfFold.Where(s => s.Message.Spam).Select(s => s.Probability).ToArray();
        foreach (var t in SpamThresholds.Grid)
            o.WriteLine($"{F(t),-12}{P(oofHam.Count(p => p >= t) / (double)oofHam.Length),8}{P(oofSpam.Count(p => p >= t) / (double)oofSpam.Length),8}");
        o.WriteLine($"Suggested (within the limits): hold >= {F(suggested.Hold)}, reject >= {F(suggested.Reject)}; within half the limits: hold >= {F(suggestedWithMargin.Hold)}, reject >= {F(suggestedWithMargin.Reject)}");
        o.WriteLine($"Thresholds used (SpamThresholds): hold >= {F(thresholds.Hold)}, reject >= {F(thresholds.Reject)}");
        o.WriteLine();
        o.WriteLine("Held-out test part:");
        o.WriteLine($"{"",-6}{"allow",8}{"hold",8}{"reject",8}");
        o.WriteLine($"{"ham",-6}{result.Ham.Allow,8}{result.Ham.Hold,8}{result.Ham.Reject,8}");
        o.WriteLine($"{"spam",-6}{result.Spam.Allow,8}{result.Spam.Hold,8}{result.Spam.Reject,8}");
        o.WriteLine();
        o.WriteLine($"Spam caught (held or rejected): precision {P(result.CaughtPrecision)}, recall {P(result.CaughtRecall)}, F1 {P(result.CaughtF1)}");
        o.WriteLine($"Spam rejected outright:         precision {P(result.RejectedPrecision)}, recall {P(result.RejectedRecall)}, F1 {P(result.RejectedF1)}");
        o.WriteLine($"Ham held: {P(result.HamHeldShare)}; ham rejected: {P(result.HamRejectedShare)} (limits {P(SpamThresholds.MaxHamHeld)} and {P(SpamThresholds.MaxHamRejected)})");
        return Task.FromResult(0);
    }

    private static string F(double v) => v > 1 ? "never" : v.ToString("0.######", CultureInfo.InvariantCulture);
    private static string P(double v) => v.ToString("P1", CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--" + name) return i + 1 < args.Length ? args[i + 1] : "";
            if (args[i].StartsWith("--" + name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 3)..];
        }
        return null;
    }

    /// <summary>As the import command: the current directory, or else the shell's ($PWD) — `dotnet run` starts in the project folder.</summary>
    private static string? ResolvePath(string path)
    {
        if (File.Exists(path)) return Path.GetFullPath(path);
        if (!Path.IsPathRooted(path) && Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && File.Exists(Path.Combine(shell, path)))
            return Path.GetFullPath(Path.Combine(shell, path));
        return null;
    }
}
