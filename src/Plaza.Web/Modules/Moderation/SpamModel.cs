using System.Collections.Concurrent;
using System.Diagnostics;

namespace Plaza.Web.Modules.Moderation;

/// <summary>What the base model learns from, and the hash that names it (<see cref="SpamModel.BaseVersion"/>).</summary>
internal sealed record SpamBaseCorpus(IReadOnlyList<LabelledMessage> Messages, string Hash);

/// <summary>
/// The spam model this app node judges with. At start-up (<see cref="SpamModelStartup"/>) it trains the base model in
/// the background from the training parts of the corpora: the SMS collection at <c>Moderation:SpamCorpusPath</c> without
/// its held-out test part (<see cref="SpamCorpus.SplitByHash"/>), plus Plaza's shop-comments train part. Until that is
/// done the pipeline judges by its rules alone (a request waits at most <c>Moderation:SpamModelWaitSeconds</c>, default 0).
/// Without the SMS corpus it logs a warning once and stays on rules. Later versions, retrained with moderators' labels
/// (<see cref="RetrainSpamModel"/>), take over through <see cref="Use"/>; the newest number wins.
/// A relative corpus path is taken from the repository root (the folder holding Plaza.slnx above the content root).
/// </summary>
internal sealed class SpamModel
{
    public const string DefaultCorpus = "../shared/data/sms-spam/sms_spam_dev.tsv";

    /// <summary>
    /// Base models by the hash of what they learnt from: the same corpora give the same model, so app instances in one
    /// process (the integration tests start dozens) train it once. Only a memo of a pure computation.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Lazy<SpamClassifier>> BaseModels = new();

    private readonly ILogger<SpamModel> _logger;
    private readonly Lazy<SpamBaseCorpus?> _corpus;
    private readonly Lazy<Task<SpamClassifier?>> _base;
    private readonly TimeSpan _wait;
    private readonly Lock _gate = new();
    private (SpamClassifier Classifier, int Number)? _current;

    public SpamModel(IConfiguration configuration, IHostEnvironment environment, PlatformHosts hosts, ILogger<SpamModel> logger)
    {
        _logger = logger;
        Hosts = hosts;
        CorpusPath = ResolveCorpusPath(configuration["Moderation:SpamCorpusPath"], environment.ContentRootPath);
        _wait = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Moderation:SpamModelWaitSeconds", 0.0)));
        _corpus = new(LoadCorpus, LazyThreadSafetyMode.ExecutionAndPublication);
        _base = new(StartBaseTraining, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string CorpusPath { get; }

    public PlatformHosts Hosts { get; }

    /// <summary>The base training set, or null without the SMS corpus.</summary>
    public SpamBaseCorpus? Corpus => _corpus.Value;

    /// <summary>"base-" and the first 8 hex digits of the corpus hash; null without a corpus.</summary>
    public string? BaseVersion => Corpus is { } c ? BaseVersionOf(c.Hash) : null;

    public static string BaseVersionOf(string hash) => "base-" + hash[..8];

    /// <summary>The number of the version judging now: 0 for the base, then what <see cref="Use"/> took over; -1 before any.</summary>
    public int CurrentNumber { get { lock (_gate) return _current?.Number ?? -1; } }

    /// <summary>The model judging now, or null while the base is still training (or without a corpus).</summary>
    public SpamClassifier? Current
    {
        get
        {
            lock (_gate) if (_current is { } current) return current.Classifier;
            return _base.IsValueCreated && _base.Value.IsCompletedSuccessfully ? _base.Value.Result : null;
        }
    }

    /// <summary>Starts training the base model in the background, if it has not started.</summary>
    public void StartTraining() => _ = _base.Value;

    /// <summary>Waits for the base model (tests, the retraining job); null without a corpus.</summary>
    public Task<SpamClassifier?> Base(CancellationToken ct) => _base.Value.WaitAsync(ct);

    /// <summary>What judges a text now: the newest version, or null (rules only) while the base is training.</summary>
    public async Task<SpamClassifier?> Classifier(CancellationToken ct)
    {
        if (Current is { } current) return current;
        var training = _base.Value;
        if (_wait <= TimeSpan.Zero && !training.IsCompleted) return null;
        try
        {
            await training.WaitAsync(_wait, ct);
        }
        catch (TimeoutException)
        {
            return null;
        }
        return Current;
    }

    /// <summary>Takes <paramref name="classifier"/> over when its number is above the current one; false when not.</summary>
    public bool Use(SpamClassifier classifier, int number)
    {
        lock (_gate)
        {
            if (_current is { } current && current.Number >= number) return false;
            _current = (classifier, number);
            return true;
        }
    }

    internal static string ResolveCorpusPath(string? configured, string contentRoot)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultCorpus : configured;
        if (Path.IsPathRooted(path)) return path;
        return Path.GetFullPath(Path.Combine(FindRepositoryRoot(contentRoot) ?? contentRoot, path));
    }

    internal static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Plaza.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>The training parts: SMS minus its held-out test part, and the shop comments' train part.</summary>
    public static IReadOnlyList<LabelledMessage> TrainingParts(IReadOnlyList<LabelledMessage> sms) =>
        [.. SpamCorpus.SplitByHash(sms, SpamCorpus.SmsTestShare).Train, .. SpamCorpus.ShopComments("train")];

    /// <summary>What names a training set: the feature recipe, the platform hosts and every message.</summary>
    public static string HashOf(IEnumerable<LabelledMessage> messages, PlatformHosts hosts) =>
        SpamCorpus.Hash(string.Join('\n', messages.Select(m => (m.Spam ? "1" : "0") + m.Text)
            .Prepend(SpamFeatures.Version + " " + string.Join(',', hosts.Configured))));

    private SpamBaseCorpus? LoadCorpus()
    {
        try
        {
            if (!File.Exists(CorpusPath))
            {
                _logger.LogWarning(
                    "No spam corpus at {Path} (Moderation:SpamCorpusPath): content moderation runs on its rules only, without the spam model", CorpusPath);
                return null;
            }
            var messages = TrainingParts(SpamCorpus.Read(CorpusPath));
            return new SpamBaseCorpus(messages, HashOf(messages, Hosts));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "The spam corpus at {Path} could not be read: content moderation runs on its rules only", CorpusPath);
            return null;
        }
    }

    private Task<SpamClassifier?> StartBaseTraining()
    {
        // No request's context flows into the training (the request's host is not a platform host for the corpora).
        using var _ = ExecutionContext.SuppressFlow();
        return Task.Run(TrainBase);
    }

    private SpamClassifier? TrainBase()
    {
        if (Corpus is not { } corpus) return null;
        try
        {
            var started = Stopwatch.GetTimestamp();
            var trained = BaseModels.GetOrAdd(corpus.Hash, hash => new(() => SpamClassifier.Train(corpus.Messages, BaseVersionOf(hash), Hosts))).Value;
            var classifier = trained.For(Hosts);
            _logger.LogInformation("Spam model {Version} ready after {Seconds:0.0} s: {Messages} messages ({Spam} spam)",
                classifier.Version, Stopwatch.GetElapsedTime(started).TotalSeconds, corpus.Messages.Count, corpus.Messages.Count(m => m.Spam));
            Use(classifier, 0);
            return classifier;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong, posting must keep working: the rules judge alone.
            _logger.LogWarning(e, "The spam model could not be trained from {Path}: content moderation runs on its rules only", CorpusPath);
            return null;
        }
    }
}
