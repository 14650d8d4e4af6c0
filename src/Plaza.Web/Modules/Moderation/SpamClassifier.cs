using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Plaza.Web.Modules.Moderation;

/// <summary>The linear learners measured for the spam model (bench/README.md); L-BFGS logistic regression is the one used.</summary>
internal enum SpamTrainer { Lbfgs, Sdca, LinearSvm }

/// <summary>
/// The spam model: ML.NET logistic regression over TF-IDF character 1–4-grams and word 1–2-grams of
/// <see cref="SpamFeatures"/>. Immutable once trained; predictions go through a small pool of prediction engines
/// (one engine is not thread-safe), so one instance serves every request thread. <see cref="Version"/> names it in
/// the moderators' decisions.
/// </summary>
internal sealed class SpamClassifier
{
    /// <summary>Fixed, with one training thread, so the same messages always give the same model.</summary>
    public const int Seed = 20261207;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly PlatformHosts _hosts;
    private readonly ConcurrentBag<PredictionEngine<SpamRow, SpamScore>> _engines = [];

    private SpamClassifier(MLContext ml, ITransformer model, DataViewSchema schema, PlatformHosts hosts, string version)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
        _hosts = hosts;
        Version = version;
    }

    public string Version { get; }

    /// <param name="messages">What to learn from, each with a weight (moderators' labels count more than the base corpora).</param>
    public static SpamClassifier Train(IEnumerable<(LabelledMessage Message, float Weight)> messages, string version, PlatformHosts hosts,
        SpamTrainer trainer = SpamTrainer.Lbfgs)
    {
        var rows = messages.Select(m => Row(m.Message.Text, hosts, m.Message.Spam, m.Weight)).ToList();
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
            throw new InvalidDataException("A spam model needs both spam and ham messages to learn from.");
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var model = Pipeline(ml, trainer).Fit(data);
        return new SpamClassifier(ml, model, data.Schema, hosts, version);
    }

    public static SpamClassifier Train(IEnumerable<LabelledMessage> messages, string version, PlatformHosts hosts, SpamTrainer trainer = SpamTrainer.Lbfgs) =>
        Train(messages.Select(m => (m, 1f)), version, hosts, trainer);

    /// <summary>The same model, judging links against <paramref name="hosts"/> (another app instance's platform hosts).</summary>
    public SpamClassifier For(PlatformHosts hosts) => ReferenceEquals(hosts, _hosts) ? this : new(_ml, _model, _schema, hosts, Version);

    /// <summary>P(spam | text), 0..1.</summary>
    public double SpamProbability(string? text)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : _ml.Model.CreatePredictionEngine<SpamRow, SpamScore>(_model);
        try
        {
            return engine.Predict(Row(text, _hosts, false, 1)).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>The trained model as bytes (ML.NET's zip), for other app nodes to load.</summary>
    public byte[] Save()
    {
        using var stream = new MemoryStream();
        _ml.Model.Save(_model, _schema, stream);
        return stream.ToArray();
    }

    public static SpamClassifier Load(byte[] bytes, string version, PlatformHosts hosts)
    {
        var ml = new MLContext(Seed);
        using var stream = new MemoryStream(bytes);
        var model = ml.Model.Load(stream, out var schema);
        return new SpamClassifier(ml, model, schema, hosts, version);
    }

    private static SpamRow Row(string? text, PlatformHosts hosts, bool spam, float weight)
    {
        var prepared = SpamFeatures.Prepare(text, hosts);
        return new SpamRow { Label = spam, Weight = weight, Chars = prepared.Chars, Words = prepared.Words };
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml, SpamTrainer trainer)
    {
        var features = ml.Transforms.Text.FeaturizeText("WordGrams", Featurizer(words: true), nameof(SpamRow.Words))
            .Append(ml.Transforms.Text.FeaturizeText("CharGrams", Featurizer(words: false), nameof(SpamRow.Chars)))
            .Append(ml.Transforms.Concatenate("Features", "WordGrams", "CharGrams"));
        const string label = nameof(SpamRow.Label), weight = nameof(SpamRow.Weight);
        return trainer switch
        {
            SpamTrainer.Sdca => features.Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
                { LabelColumnName = label, ExampleWeightColumnName = weight, NumberOfThreads = 1, MaximumNumberOfIterations = 100 })),
            SpamTrainer.LinearSvm => features.Append(ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
                { LabelColumnName = label, ExampleWeightColumnName = weight, NumberOfIterations = 50 }))
                .Append(ml.BinaryClassification.Calibrators.Platt(labelColumnName: label)),
            _ => features.Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                { LabelColumnName = label, ExampleWeightColumnName = weight, NumberOfThreads = 1, L2Regularization = 0.001f, L1Regularization = 0 })),
        };
    }

    /// <summary>TF-IDF n-grams, L2-normalised: word 1–2-grams without accents, or character 1–4-grams as written.</summary>
    private static TextFeaturizingEstimator.Options Featurizer(bool words) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = !words,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = words
            ? new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf } : null,
        CharFeatureExtractor = words ? null
            : new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    internal sealed class SpamRow
    {
        public bool Label { get; set; }
        public float Weight { get; set; }
        public string Chars { get; set; } = "";
        public string Words { get; set; } = "";
    }

    internal sealed class SpamScore
    {
        public float Probability { get; set; }
    }
}
