using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using Plaza.Web.Modules.Support.Assistant;

namespace Plaza.Bench;

/// <summary>
/// The ML.NET alternative measured against <see cref="IntentClassifier"/>: SDCA maximum entropy over ML.NET's own text
/// featurizer (character 1–4-grams and word 1–2-grams of the same folded text). Kept in the bench only, for the comparison.
/// </summary>
internal sealed class MlNetIntentClassifier
{
    private readonly PredictionEngine<Row, Prediction> _engine;

    private MlNetIntentClassifier(PredictionEngine<Row, Prediction> engine) => _engine = engine;

    public static MlNetIntentClassifier Train(IReadOnlyList<IntentExample> examples)
    {
        var ml = new MLContext(IntentClassifier.Seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.Intent.Name(), Text = IntentFeatures.Fold(e.Text) }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Key", nameof(Row.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = true,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(Row.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
                { LabelColumnName = "Key", NumberOfThreads = 1 }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(Prediction.PredictedLabel)));
        var model = pipeline.Fit(data);
        return new MlNetIntentClassifier(ml.Model.CreatePredictionEngine<Row, Prediction>(model));
    }

    public (SupportIntent Intent, double Probability) Best(string text)
    {
        var p = _engine.Predict(new Row { Text = IntentFeatures.Fold(text) });
        return (SupportIntents.TryParse(p.PredictedLabel, out var intent) ? intent : SupportIntent.Unknown, p.Score.Max());
    }

    private sealed class Row
    {
        public string Label { get; set; } = "";
        public string Text { get; set; } = "";
    }

    private sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }
}
