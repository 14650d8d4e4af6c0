namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// The trained classifier, once per process: trained on first use (not at start-up, so the web
/// server and the tests start as fast as before), by one caller while the others wait. Without the
/// corpus it logs a warning once and answers null: the pipeline then runs on its rules alone.
/// The corpus is <c>Moderation:SpamCorpusPath</c>; a relative path is taken from the repository
/// root (the folder holding Plaza.slnx above the content root), else from the content root.
/// </summary>
internal sealed class SpamModel
{
    public const string DefaultCorpus = "../shared/data/sms-spam/sms_spam_dev.tsv";

    private readonly Lazy<Task<SpamClassifier?>> _classifier;

    public SpamModel(IConfiguration configuration, IHostEnvironment environment, ILogger<SpamModel> logger)
    {
        CorpusPath = ResolveCorpusPath(configuration["Moderation:SpamCorpusPath"], environment.ContentRootPath);
        _classifier = new(() => Task.Run(() => Load(CorpusPath, logger)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string CorpusPath { get; }

    /// <summary>The classifier, or null when there is nothing to train it on. One caller's cancellation does not stop the training.</summary>
    public Task<SpamClassifier?> Classifier(CancellationToken ct) => _classifier.Value.WaitAsync(ct);

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

    private static SpamClassifier? Load(string path, ILogger logger)
    {
        try
        {
            if (!File.Exists(path))
            {
                logger.LogWarning("No spam corpus at {Path} (Moderation:SpamCorpusPath): content moderation runs on its rules only, without the spam classifier", path);
                return null;
            }
            var messages = SpamCorpus.Read(path);
            var classifier = SpamClassifier.Train(messages);
            logger.LogInformation("Spam classifier trained on {Messages} messages ({Spam} spam) from {Path}: {Vocabulary} words",
                messages.Count, messages.Count(m => m.Spam), path, classifier.Vocabulary);
            return classifier;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogWarning(e, "The spam corpus at {Path} could not be used: content moderation runs on its rules only", path);
            return null;
        }
    }
}
