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
}
