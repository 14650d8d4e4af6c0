namespace Plaza.Web.Modules.Communities.Contracts;

/// <summary>A community as other modules may show it (a link and a name).</summary>
internal sealed record CommunityRef(Guid Id, string Slug, string Name);

/// <summary>
/// Who may read what is inside a community. Notes and posts in a community ask this before showing
/// themselves: a public community's content is for everyone, a private one's only for its active members.
/// </summary>
internal interface ICommunityAccess
{
    /// <summary>False for a community that does not exist, or a private one the account is not an active member of (or no account).</summary>
    Task<bool> CanRead(Guid communityId, Guid? accountId, CancellationToken ct);

    /// <summary>Whether the account is an active member of the community (notes may be posted into it only then).</summary>
    Task<bool> IsActiveMember(Guid communityId, Guid accountId, CancellationToken ct);

    /// <summary>The community a store's staff pinned as the store's own, if any.</summary>
    Task<CommunityRef?> PinnedForStore(Guid storeId, CancellationToken ct);

    /// <summary>A community's link and name by id (private ones too: their page lets people ask to join).</summary>
    Task<CommunityRef?> Find(Guid communityId, CancellationToken ct);

    // The three below are queries over the same scoped database for callers to compose into their own
    // (the feed filters thousands of notes in one statement instead of asking CanRead per note). They
    // hand out ids only, never Communities' entities.

    /// <summary>Ids of the communities whose content the account may read: public ones, and private ones it is an active member of.</summary>
    IQueryable<Guid> ReadableIds(Guid? accountId);

    /// <summary>Ids of the communities the account is an active member of (a pending request does not count).</summary>
    IQueryable<Guid> JoinedIds(Guid accountId);

    /// <summary>Ids of the store communities of these stores (pinned or not).</summary>
    IQueryable<Guid> OfStores(IReadOnlyCollection<Guid> storeIds);
}
