using Plaza.Web.Modules.Identity.Contracts;

namespace Plaza.Web.Modules.Identity;

/// <summary>
/// How a trust level is earned, as on Discourse but from what Plaza knows (no reading time): pure, no I/O.
/// <list type="bullet">
/// <item>1 basic: 7 days old, or 1 day old with 3 published notes, comments or reviews.</item>
/// <item>2 member: 21 days old, 10 contributions and 5 likes received.</item>
/// <item>3 regular: 60 days old, 30 contributions and 20 likes received.</item>
/// </list>
/// Each item a moderator removed in the last <see cref="PenaltyWindow"/> costs one level, and while there
/// are any, the level never rises above the one the account had.
/// </summary>
internal static class TrustRules
{
    public static readonly TimeSpan PenaltyWindow = TimeSpan.FromDays(30);

    private static readonly (int Level, int Days, int Contributions, int Likes)[] Steps =
    [
        (TrustLevelNames.Regular, 60, 30, 20),
        (TrustLevelNames.Member, 21, 10, 5),
        (TrustLevelNames.Basic, 7, 0, 0),
        (TrustLevelNames.Basic, 1, 3, 0),
    ];

    public static int Earned(TimeSpan age, TrustSignals s)
    {
        foreach (var (level, days, contributions, likes) in Steps)
            if (age >= TimeSpan.FromDays(days) && s.Contributions >= contributions && s.LikesReceived >= likes) return level;
        return TrustLevelNames.New;
    }

    /// <param name="current">The level stored now (for "no promotion while penalised").</param>
    public static int Compute(TimeSpan age, TrustSignals s, int current)
    {
        var earned = Earned(age, s);
        if (s.RemovedRecently == 0) return earned;
        return Math.Max(TrustLevelNames.New, Math.Min(earned - s.RemovedRecently, current));
    }
}
