using System.Diagnostics;
using System.Globalization;
using Plaza.Web.Platform.Cli;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// <c>moderation evaluate [--corpus PATH] [--trainer lbfgs|sdca|svm] [--folds N] [--errors]</c>: trains on the training
/// parts only (the SMS collection without its held-out part, <see cref="SpamCorpus.SplitByHash"/>, plus the shop comments'
/// train part), suggests thresholds from N-fold out-of-fold scores of those, then measures the whole pipeline (rules and
/// model, at the thresholds in <see cref="SpamThresholds"/>) on messages it never saw: the SMS held-out part and the shop
/// comments' test part, per language. <c>--errors</c> lists what it misjudged.
/// </summary>
/// <param name="output">Where the report goes; the console unless a test says otherwise.</param>
internal sealed class EvaluateSpamCommand(SpamModel model, TextWriter? output = null) : ICliCommand
{
    private const string Usage = "Usage: moderation evaluate [--corpus PATH] [--trainer lbfgs|sdca|svm] [--folds N] [--errors]";

    public string Name => "moderation";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] != "evaluate") return Fail(Usage);
        var corpus = Option(args, "corpus") ?? model.CorpusPath;
        var trainer = (Option(args, "trainer") ?? "lbfgs") switch
        {
            "lbfgs" => SpamTrainer.Lbfgs, "sdca" => SpamTrainer.Sdca, "svm" => SpamTrainer.LinearSvm, _ => (SpamTrainer?)null,
        };
        if (trainer is null) return Fail($"--trainer is lbfgs, sdca or svm.\n{Usage}");
        var foldsText = Option(args, "folds") ?? "5";
        if (!int.TryParse(foldsText, CultureInfo.InvariantCulture, out var folds) || folds is 1 or < 0 or > 20)
            return Fail($"--folds needs 0 (none) or a whole number from 2 to 20, not '{foldsText}'.\n{Usage}");
        if (ResolvePath(corpus) is not { } file) return Fail($"No such file: {corpus}");

        var hosts = PlatformHosts.Default;
        var sms = SpamCorpus.Read(file);
        var (smsTrain, smsTest) = SpamCorpus.SplitByHash(sms, SpamCorpus.SmsTestShare);
        var shopTrain = SpamCorpus.ShopComments("train");
        var shopTest = SpamCorpus.ShopComments("test");
        List<LabelledMessage> train = [.. smsTrain, .. shopTrain];
        SpamClassifier Train(IReadOnlyList<LabelledMessage> messages) => SpamClassifier.Train(messages, "eval", hosts, trainer.Value);

        var o = output ?? Console.Out;
        o.WriteLine($"SMS corpus: {file}: {sms.Count} messages ({sms.Count(m => m.Spam)} spam), split by the SHA-256 of each text, "
            + $"{SpamCorpus.SmsTestShare:P0} of each label held out");
        o.WriteLine($"Training: SMS {Count(smsTrain)} + shop comments {Count(shopTrain)}; trainer {trainer}, features {SpamFeatures.Version}");
        o.WriteLine($"Never trained on: SMS {Count(smsTest)}; shop comments {Count(shopTest)}");

        if (folds > 0)
        {
            var outOfFold = SpamCorpus.CrossValidated(train, folds, Train);
            o.WriteLine();
            o.WriteLine($"{folds}-fold out-of-fold scores of the training part, share at or above each threshold:");
            o.WriteLine($"{"threshold",-11}{"SMS ham",9}{"SMS spam",10}{"shop ham",10}{"shop spam",11}");
            double[] Scores(bool shop, bool spam) => outOfFold.Where(s => (s.Message.Language is not null) == shop && s.Message.Spam == spam)
                .Select(s => s.Probability).ToArray();
            var columns = new[] { Scores(false, false), Scores(false, true), Scores(true, false), Scores(true, true) };
            foreach (var t in SpamThresholds.Grid)
                o.WriteLine($"{F(t),-11}" + string.Concat(columns.Select((c, i) => P(c.Count(p => p >= t) / (double)Math.Max(1, c.Length))
                    .PadLeft(i == 0 ? 9 : i == 3 ? 11 : 10))));
            var suggested = SpamThresholds.Choose(outOfFold, 0.5);
            o.WriteLine($"Suggested (within half the limits of {P(SpamThresholds.MaxHamRejected)} of good messages rejected "
                + $"and {P(SpamThresholds.MaxHamHeld)} held): "
                + $"hold >= {F(suggested.Hold)}, reject >= {F(suggested.Reject)}");
        }

        var started = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var classifier = Train(train);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        var thresholds = SpamThresholds.Default;
        var pipeline = new ContentPipeline(new ContentRules(hosts: hosts), _ => Task.FromResult<SpamClassifier?>(classifier), thresholds);
        o.WriteLine();
        o.WriteLine($"Model trained on {train.Count} messages in {seconds:0.0} s ({cpuSeconds:0.0} s of CPU); "
            + $"thresholds used (SpamThresholds): hold >= {F(thresholds.Hold)}, reject >= {F(thresholds.Reject)}");
        o.WriteLine("Whole pipeline (rules, then the model) on messages it never saw, each as a comment by a basic member:");
        var errors = args.Contains("--errors");
        Report(o, "SMS held-out part", await SpamEvaluation.Measure(pipeline, smsTest, ct), errors);
        Report(o, "Shop comments, test part", await SpamEvaluation.Measure(pipeline, shopTest, ct), errors);
        foreach (var language in shopTest.Select(m => m.Language).Distinct())
            Report(o, $"Shop comments, test part, {language}", await SpamEvaluation.Measure(pipeline, shopTest.Where(m => m.Language == language), ct), false);
        return 0;
    }

    private static void Report(TextWriter o, string title, SpamEvaluation r, bool errors)
    {
        o.WriteLine();
        o.WriteLine($"{title}:");
        o.WriteLine($"{"",-6}{"allow",8}{"hold",8}{"reject",8}{"(by rules)",12}");
        o.WriteLine($"{"good",-6}{r.Ham.Allow,8}{r.Ham.Hold,8}{r.Ham.Reject,8}{r.Ham.RejectedByRules,12}");
        o.WriteLine($"{"spam",-6}{r.Spam.Allow,8}{r.Spam.Hold,8}{r.Spam.Reject,8}{r.Spam.RejectedByRules,12}");
        o.WriteLine($"good refused {P(r.HamRefusedShare)} ({r.Ham.Reject} of {r.Ham.Total}), held {P(r.HamHeldShare)}; "
            + $"spam refused {P(r.SpamRefusedShare)} ({r.Spam.Reject} of {r.Spam.Total}), held {P(r.SpamHeldShare)}; "
            + $"MCC refused {r.RefusedMcc:0.000}, held or refused {r.CaughtMcc:0.000}");
        if (errors)
            foreach (var (message, verdict) in r.Misjudged)
                o.WriteLine($"  {(message.Spam ? "spam" : "good")} {verdict.Decision.ToString().ToLowerInvariant(),-6} "
                    + $"{(verdict.SpamProbability is { } p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "-"),5} "
                    + $"{string.Join(',', verdict.Reasons.Select(x => x.Code)),-22} {message.Text}");
    }

    private static string Count(IReadOnlyList<LabelledMessage> m) => $"{m.Count} ({m.Count(x => x.Spam)} spam)";

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private static string F(double v) => v > 1 ? "never" : v.ToString("0.###", CultureInfo.InvariantCulture);
    private static string P(double v) => v.ToString("0.00%", CultureInfo.InvariantCulture);

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
