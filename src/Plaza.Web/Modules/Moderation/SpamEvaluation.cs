namespace Plaza.Web.Modules.Moderation;

/// <summary>How many of one class were allowed, held and rejected.</summary>
internal readonly record struct DecisionCounts(int Allow, int Hold, int Reject)
{
    public int Total => Allow + Hold + Reject;
}

/// <summary>A classifier measured on labelled messages at given thresholds: the confusion matrix and its rates.</summary>
internal sealed record SpamEvaluation(DecisionCounts Ham, DecisionCounts Spam)
{
    public static SpamEvaluation Measure(SpamClassifier classifier, IEnumerable<LabelledMessage> messages, SpamThresholds thresholds)
    {
        int[] ham = new int[3], spam = new int[3];
        foreach (var m in messages)
        {
            var p = classifier.SpamProbability(m.Text);
            var decision = p >= thresholds.Reject ? 2 : p >= thresholds.Hold ? 1 : 0;
            (m.Spam ? spam : ham)[decision]++;
        }
        return new(new(ham[0], ham[1], ham[2]), new(spam[0], spam[1], spam[2]));
    }

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>"Caught" = held or rejected: kept from others until a moderator looks.</summary>
    public double CaughtPrecision => Ratio(Spam.Hold + Spam.Reject, Spam.Hold + Spam.Reject + Ham.Hold + Ham.Reject);
    public double CaughtRecall => Ratio(Spam.Hold + Spam.Reject, Spam.Total);
    public double CaughtF1 => F1(CaughtPrecision, CaughtRecall);
    public double RejectedPrecision => Ratio(Spam.Reject, Spam.Reject + Ham.Reject);
    public double RejectedRecall => Ratio(Spam.Reject, Spam.Total);
    public double RejectedF1 => F1(RejectedPrecision, RejectedRecall);
    public double HamHeldShare => Ratio(Ham.Hold, Ham.Total);
    public double HamRejectedShare => Ratio(Ham.Reject, Ham.Total);
}
