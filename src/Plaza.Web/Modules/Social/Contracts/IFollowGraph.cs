namespace Plaza.Web.Modules.Social.Contracts;

/// <summary>What can be followed: a person (an account) or a store.</summary>
internal enum FollowTargetKind { Person, Store }

/// <summary>How many follow a person or a store, and (for a person) how many they follow.</summary>
internal sealed record FollowSummary(int Followers, int Following, bool FollowedByViewer);

/// <summary>
/// Who follows what, for other modules: the feed asks which people and stores an account follows,
/// the store page how many follow the store.
/// </summary>
internal interface IFollowGraph
{
    /// <summary>The accounts <paramref name="accountId"/> follows, newest follow first.</summary>
    Task<IReadOnlyList<Guid>> FollowedAccounts(Guid accountId, CancellationToken ct);

    /// <summary>The stores <paramref name="accountId"/> follows, newest follow first.</summary>
    Task<IReadOnlyList<Guid>> FollowedStores(Guid accountId, CancellationToken ct);

    Task<bool> IsFollowing(Guid followerId, FollowTargetKind kind, Guid targetId, CancellationToken ct);

    /// <summary>Who follows a person or a store (for announcements such as a live room), oldest follow first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<Guid>> Followers(FollowTargetKind kind, Guid targetId, int max, CancellationToken ct);

    /// <summary>The stored counts (zero when nobody ever followed) and whether <paramref name="viewer"/> follows it.</summary>
    Task<FollowSummary> Summary(FollowTargetKind kind, Guid targetId, Guid? viewer, CancellationToken ct);
}
