using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.Web.Modules.Moderation;

/// <summary>How many of one class were allowed, held and rejected; how many of the rejections were the rules'.</summary>
internal readonly record struct DecisionCounts(int Allow, int Hold, int Reject, int RejectedByRules)
{
    public int Total => Allow + Hold + Reject;
}

/// <summary>
/// The whole pipeline (rules and spam model) measured on labelled messages, each judged as a comment by a basic
/// member (trust level 1). "Refused" is rejected; "caught" is held or rejected (kept from others until a moderator looks).
/// </summary>
internal sealed record SpamEvaluation(DecisionCounts Ham, DecisionCounts Spam, IReadOnlyList<(LabelledMessage Message, ContentVerdict Verdict)> Misjudged)
{
    public static async Task<SpamEvaluation> Measure(IContentPipeline pipeline, IEnumerable<LabelledMessage> messages, CancellationToken ct)
    {
        int[] ham = new int[4], spam = new int[4];
        var misjudged = new List<(LabelledMessage, ContentVerdict)>();
        var author = Guid.CreateVersion7();
        foreach (var m in messages)
        {
            var verdict = await pipeline.Check(new ContentSubmission(author, 1, ContentKind.Comment, PlainText: m.Text), ct);
            var counts = m.Spam ? spam : ham;
            counts[(int)verdict.Decision]++;
            if (verdict.Decision == ContentDecision.Reject && verdict.SpamProbability is null) counts[3]++;
            if (m.Spam ? verdict.Decision != ContentDecision.Reject : verdict.Decision != ContentDecision.Allow) misjudged.Add((m, verdict));
        }
        return new(new(ham[0], ham[1], ham[2], ham[3]), new(spam[0], spam[1], spam[2], spam[3]), misjudged);
    }

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;

    public double HamRefusedShare => Ratio(Ham.Reject, Ham.Total);
    public double HamHeldShare => Ratio(Ham.Hold, Ham.Total);
    public double SpamRefusedShare => Ratio(Spam.Reject, Spam.Total);
    public double SpamHeldShare => Ratio(Spam.Hold, Spam.Total);

    /// <summary>Matthews correlation of "refused" with "is spam".</summary>
    public double RefusedMcc => Mcc(Spam.Reject, Ham.Reject, Spam.Allow + Spam.Hold, Ham.Allow + Ham.Hold);

    /// <summary>Matthews correlation of "held or refused" with "is spam".</summary>
    public double CaughtMcc => Mcc(Spam.Hold + Spam.Reject, Ham.Hold + Ham.Reject, Spam.Allow, Ham.Allow);

    public static double Mcc(double tp, double fp, double fn, double tn)
    {
        var d = Math.Sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return d == 0 ? 0 : (tp * tn - fp * fn) / d;
    }
}
