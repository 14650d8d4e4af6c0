namespace Plaza.Web.Modules.Moderation.Contracts;

/// <summary>Where a piece of content stands, as the moderation queue sees it.</summary>
internal static class ModeratedStatus
{
    public const string Published = "published";
    public const string Pending = "pending";
    public const string Removed = "removed";
}

/// <summary>
/// One piece of content as a moderator sees it: its author, a short plain-text excerpt (encode it when
/// shown), its status (<see cref="ModeratedStatus"/>), where it is shown, and when it was written.
/// <paramref name="Text"/> is all its text (title and body together), which a moderator's decision labels for the spam
/// model; without it the excerpt is labelled.
/// </summary>
internal sealed record ModeratedItem(string Kind, Guid Id, Guid AuthorId, string Excerpt, string Status, string? Link, DateTime CreatedAtUtc,
    string? Text = null);

/// <summary>
/// Each content module implements this for each kind it owns ("review", "note", "comment"...) and
/// registers it as a scoped service. The moderation queue, reports and moderator actions only go
/// through it. <see cref="Approve"/> and <see cref="Remove"/> change the entity tracked by the scoped
/// PlazaDb and do NOT save: the moderator's action saves once, with its audit row and the reports it
/// closes, in one transaction.
/// </summary>
internal interface IModeratedContent
{
    /// <summary>Lower-case, stable, used in routes and stored in reports: e.g. "review".</summary>
    string Kind { get; }

    /// <summary>The item whatever its status; null when there is no such item.</summary>
    Task<ModeratedItem?> Find(Guid id, CancellationToken ct);

    /// <summary>Whether this signed-in person can see the item now (what they may report); false when it does not exist.</summary>
    Task<bool> IsVisibleTo(Guid id, Guid viewerId, CancellationToken ct);

    /// <summary>Items held by the content pipeline, waiting for a moderator (status pending), oldest first.</summary>
    Task<IReadOnlyList<ModeratedItem>> ListPending(int max, CancellationToken ct);

    /// <summary>Let the item be seen. false when there is no such item.</summary>
    Task<bool> Approve(Guid id, CancellationToken ct);

    /// <summary>Take the item down, storing the reason its author will see. false when there is no such item.</summary>
    Task<bool> Remove(Guid id, string reason, CancellationToken ct);
}
