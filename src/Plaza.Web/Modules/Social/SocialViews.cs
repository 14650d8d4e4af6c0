using Plaza.Web.Modules.Social.Contracts;

namespace Plaza.Web.Modules.Social;

/// <summary>A person in a list of followers or following: a display name only, never an email or phone.</summary>
internal sealed record PersonView(Guid AccountId, string DisplayName, DateTime FollowedAtUtc);

internal sealed record PersonPage(IReadOnlyList<PersonView> Items, int Page, int PageSize, int Total);

/// <summary>A person or store the caller follows.</summary>
internal sealed record FollowingView(FollowTargetKind Kind, Guid Id, string Name, DateTime FollowedAtUtc);

internal sealed record FollowingPage(IReadOnlyList<FollowingView> Items, int Page, int PageSize, int Total);

internal sealed record StoreRefView(Guid Id, string Name);

/// <summary>
/// A person's public profile. <see cref="FollowedByMe"/> is null for someone not signed in.
/// </summary>
internal sealed record ProfileView(Guid AccountId, string DisplayName, DateTime MemberSinceUtc, int Followers, int Following,
    bool? FollowedByMe, IReadOnlyList<StoreRefView> Stores);

internal sealed record StoreSocialView(Guid StoreId, int Followers, bool? FollowedByMe);
