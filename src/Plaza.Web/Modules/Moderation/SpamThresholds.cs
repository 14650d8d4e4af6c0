namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Where the spam probability turns into a decision: at or above <see cref="Reject"/> the content is refused
/// (<c>spam_likely</c>); at or above <see cref="Hold"/> it waits for a moderator (<c>spam_suspected</c>); below, it is allowed.
///
/// Chosen with <c>dotnet run --project src/Plaza.Web -- moderation evaluate</c>: the lowest grid thresholds whose 5-fold
/// out-of-fold scores of the training parts (never the held-out SMS part nor the shop-comments test part) reject at most
/// half of the <see cref="MaxHamRejected"/> limit of good messages and hold at most half of <see cref="MaxHamHeld"/>, in
/// each source on its own (SMS, shop comments): a good shop comment must rarely wait even though SMS messages outnumber
/// them. The margin because a few thousand messages make noisy estimates. Numbers and method: bench/README.md.
/// </summary>
internal readonly record struct SpamThresholds(double Hold, double Reject)
{
    public static SpamThresholds Default => new(HoldDefault, RejectDefault);

    public const double HoldDefault = 0.4;
    public const double RejectDefault = 0.9;

    /// <summary>The largest share of good messages a threshold may reject, and hold (below the reject threshold).</summary>
    public const double MaxHamRejected = 0.002, MaxHamHeld = 0.02;

    /// <summary>The thresholds tried, lowest first; above 1 means "never".</summary>
    public static readonly double[] Grid =
        [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 1.0 + 1e-9];

    /// <summary>
    /// The lowest grid thresholds (catching the most spam) whose share of good messages rejected, and held (at or above
    /// hold, below reject), stay within <paramref name="margin"/> times the limits in every group of messages (messages
    /// with and without a language: the shop comments and the SMS collection).
    /// </summary>
    public static SpamThresholds Choose(IReadOnlyList<(LabelledMessage Message, double Probability)> scored, double margin = 1.0)
    {
        var groups = scored.Where(s => !s.Message.Spam).GroupBy(s => s.Message.Language is null).Select(g => g.Select(s => s.Probability).ToArray()).ToList();
        bool Within(Func<double, bool> p, double limit) => groups.All(g => g.Count(p) <= limit * margin * g.Length);
        var reject = Grid.First(t => Within(p => p >= t, MaxHamRejected));
        var hold = Grid.Where(t => t <= reject).FirstOrDefault(t => Within(p => p >= t && p < reject, MaxHamHeld), reject);
        return new(hold, reject);
    }
}
