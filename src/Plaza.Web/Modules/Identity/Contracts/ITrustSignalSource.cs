namespace Plaza.Web.Modules.Identity.Contracts;

/// <summary>
/// What one module knows about a person's activity, for their trust level: what they published that is
/// still up, the likes it received, and how much of theirs moderators removed since <c>removedSinceUtc</c>.
/// Sources add up; a module leaves at 0 what it does not know.
/// </summary>
internal sealed record TrustSignals(int PublishedNotes = 0, int PublishedComments = 0, int PublishedReviews = 0, int LikesReceived = 0, int RemovedRecently = 0)
{
    public static TrustSignals operator +(TrustSignals a, TrustSignals b) => new(
        a.PublishedNotes + b.PublishedNotes, a.PublishedComments + b.PublishedComments, a.PublishedReviews + b.PublishedReviews,
        a.LikesReceived + b.LikesReceived, a.RemovedRecently + b.RemovedRecently);

    public int Contributions => PublishedNotes + PublishedComments + PublishedReviews;
}

/// <summary>Content modules (Notes, Reviews) and Moderation implement this and register it as a scoped service.</summary>
internal interface ITrustSignalSource
{
    Task<TrustSignals> For(Guid accountId, DateTime removedSinceUtc, CancellationToken ct);
}

/// <summary>Trust levels, as on Discourse: what a level means for limits is up to the caller.</summary>
internal static class TrustLevelNames
{
    public const int New = 0, Basic = 1, Member = 2, Regular = 3, Max = 3;

    /// <summary>The English name (a localization key): New, Basic, Member, Regular.</summary>
    public static string Name(int level) => level switch { 0 => "New", 1 => "Basic", 2 => "Member", _ => "Regular" };
}

/// <summary>An account as a moderator sees it: trust level (and whether it is locked) and any suspension.</summary>
internal sealed record AccountStanding(Guid Id, string DisplayName, DateTime MemberSinceUtc, int TrustLevel, bool TrustLevelLocked, DateTime? SuspendedUntilUtc,
    bool Deleted);
