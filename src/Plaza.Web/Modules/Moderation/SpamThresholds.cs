namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Where the spam probability turns into a decision: at or above <see cref="Reject"/> the content
/// is refused (<c>spam_likely</c>); at or above <see cref="Hold"/> it waits for a moderator
/// (<c>spam_suspected</c>); below, it is allowed.
///
/// Chosen with <c>dotnet run --project src/Plaza.Web -- moderation evaluate</c> on the SMS Spam
/// Collection: the lowest grid thresholds whose 5-fold out-of-fold scores on the 80% training part
/// reject at most half of the 0.5% limit of good (ham) messages and hold at most half of the 3%
/// limit (the margin because a few thousand messages make noisy estimates); the 20% held-out part,
/// never used to choose them, confirms them. Numbers and method: bench/README.md.
/// </summary>
internal readonly record struct SpamThresholds(double Hold, double Reject)
{
    public static SpamThresholds Default => new(HoldDefault, RejectDefault);

    public const double HoldDefault = 0.2;
    public const double RejectDefault = 0.8;

    /// <summary>The largest share of ham a threshold may reject, and hold (below the reject threshold).</summary>
    public const double MaxHamRejected = 0.005, MaxHamHeld = 0.03;

    /// <summary>The thresholds tried, lowest first; above 1 means "never".</summary>
    public static readonly double[] Grid =
        [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999, 0.99999, 0.999999, 1.0 + 1e-9];

    /// <summary>
    /// The lowest grid thresholds (catching the most spam) whose share of ham rejected, and held (at or
    /// above hold, below reject), stay within <paramref name="margin"/> times the limits
    /// <see cref="MaxHamRejected"/> and <see cref="MaxHamHeld"/>.
    /// </summary>
    public static SpamThresholds Choose(IReadOnlyList<(LabelledMessage Message, double Probability)> scored, double margin = 1.0)
    {
        var ham = scored.Where(s => !s.Message.Spam).Select(s => s.Probability).ToArray();
        double Share(Func<double, bool> p) => ham.Length == 0 ? 0 : ham.Count(p) / (double)ham.Length;
        var reject = Grid.First(t => Share(p => p >= t) <= MaxHamRejected * margin);
        var hold = Grid.Where(t => t <= reject).FirstOrDefault(t => Share(p => p >= t && p < reject) <= MaxHamHeld * margin, reject);
        return new(hold, reject);
    }
}
