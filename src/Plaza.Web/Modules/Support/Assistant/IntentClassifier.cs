namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>The learners measured for the classifier (bench/README.md); softmax regression is the one the app uses.</summary>
internal enum IntentLearner { Softmax, NaiveBayes }

/// <summary>
/// The intent classifier: a linear model over <see cref="IntentFeatures"/>, one weight per feature and intent, written here
/// rather than with ML.NET because on a corpus this small it trains in a tenth of the time and measured better
/// (bench/README.md: 92 % against 86 % for ML.NET's SDCA maximum entropy, both without the rules). Softmax regression
/// is trained by AdaGrad in a fixed order (a seeded shuffle), so the same messages always give the same model.
/// Immutable once trained: one instance serves every request thread.
/// </summary>
internal sealed class IntentClassifier
{
    public const int Seed = 20261214;

    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _weights; // feature-major: the weights of feature f are [f * classes, (f + 1) * classes)
    private readonly float[] _bias;

    private IntentClassifier(Dictionary<ulong, int> index, float[] weights, float[] bias)
    {
        _index = index;
        _weights = weights;
        _bias = bias;
    }

    private static IReadOnlyList<SupportIntent> Classes => SupportIntents.Labels;

    /// <param name="epochs">Passes over the messages (softmax only).</param>
    /// <param name="rate">AdaGrad's base learning rate (softmax only).</param>
    public static IntentClassifier Train(IReadOnlyList<IntentExample> examples, IntentLearner learner = IntentLearner.Softmax,
        int epochs = 12, float rate = 0.2f)
    {
        var index = new Dictionary<ulong, int>();
        var rows = examples.Select(e => (Class: ClassOf(e.Intent), Features: Indexed(IntentFeatures.Of(e.Text), index))).ToArray();
        var classes = Classes.Count;
        var weights = new float[index.Count * classes];
        var bias = new float[classes];
        if (learner == IntentLearner.NaiveBayes) NaiveBayes(rows, weights, bias, index.Count);
        else Softmax(rows, weights, bias, epochs, rate);
        return new IntentClassifier(index, weights, bias);
    }

    /// <summary>P(intent | text) for each of <see cref="SupportIntents.Labels"/>, in that order; they add up to 1.</summary>
    public double[] Probabilities(string? text)
    {
        var scores = new double[Classes.Count];
        for (var c = 0; c < scores.Length; c++) scores[c] = _bias[c];
        foreach (var (key, value) in IntentFeatures.Of(text))
        {
            if (!_index.TryGetValue(key, out var f)) continue;
            for (var c = 0; c < scores.Length; c++) scores[c] += _weights[f * scores.Length + c] * value;
        }
        return SoftmaxOf(scores);
    }

    /// <summary>The most likely intent and its probability.</summary>
    public (SupportIntent Intent, double Probability) Best(string? text) => Best(Probabilities(text));

    /// <summary>The intent of the highest of <paramref name="probabilities"/> (as <see cref="Probabilities"/> gives them) and that probability.</summary>
    public static (SupportIntent Intent, double Probability) Best(double[] probabilities)
    {
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++) if (probabilities[c] > probabilities[best]) best = c;
        return (Classes[best], probabilities[best]);
    }

    internal static int ClassOf(SupportIntent intent)
    {
        var c = IndexOf(intent);
        return c >= 0 ? c : throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not a label the classifier learns.");
    }

    private static int IndexOf(SupportIntent intent)
    {
        for (var c = 0; c < Classes.Count; c++) if (Classes[c] == intent) return c;
        return -1;
    }

    private static (int Feature, float Value)[] Indexed(IReadOnlyList<(ulong Key, float Weight)> features, Dictionary<ulong, int> index) =>
        [.. features.Select(f => (index.TryGetValue(f.Key, out var i) ? i : index[f.Key] = index.Count, f.Weight))];

    private static void Softmax((int Class, (int Feature, float Value)[] Features)[] rows, float[] weights, float[] bias, int epochs, float rate)
    {
        var classes = bias.Length;
        var squares = new float[weights.Length];
        var biasSquares = new float[classes];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(Seed);
        var scores = new double[classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var r in order)
            {
                var (label, features) = rows[r];
                for (var c = 0; c < classes; c++) scores[c] = bias[c];
                foreach (var (f, v) in features)
                    for (var c = 0; c < classes; c++) scores[c] += weights[f * classes + c] * v;
                var p = SoftmaxOf(scores);
                for (var c = 0; c < classes; c++)
                {
                    var g = (float)p[c] - (c == label ? 1f : 0f);
                    if (g is > -1e-4f and < 1e-4f) continue;
                    biasSquares[c] += g * g;
                    bias[c] -= rate * g / MathF.Sqrt(biasSquares[c] + 1e-6f);
                    foreach (var (f, v) in features)
                    {
                        var i = f * classes + c;
                        var gi = g * v;
                        squares[i] += gi * gi;
                        weights[i] -= rate * gi / MathF.Sqrt(squares[i] + 1e-6f);
                    }
                }
            }
        }
    }

    /// <summary>Multinomial naive Bayes over the weighted features, smoothed by 0.1, equal priors; its log-likelihoods stand in as scores.</summary>
    private static void NaiveBayes((int Class, (int Feature, float Value)[] Features)[] rows, float[] weights, float[] bias, int featureCount)
    {
        var classes = bias.Length;
        var totals = new double[classes];
        foreach (var (label, features) in rows)
            foreach (var (f, v) in features)
            {
                weights[f * classes + label] += v;
                totals[label] += v;
            }
        for (var f = 0; f < featureCount; f++)
            for (var c = 0; c < classes; c++)
                weights[f * classes + c] = (float)Math.Log((weights[f * classes + c] + 0.1) / (totals[c] + 0.1 * featureCount));
    }

    private static double[] SoftmaxOf(double[] scores)
    {
        var max = scores.Max();
        var p = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = p.Sum();
        for (var c = 0; c < p.Length; c++) p[c] /= sum;
        return p;
    }
}
