namespace Plaza.Web.Modules.Communities;

internal sealed record CommunityView(Guid Id, string Slug, string Name, string Description, CommunityKind Kind, Guid? StoreId, bool IsPinned,
    CommunityVisibility Visibility, string Rules, int MemberCount, DateTime CreatedAtUtc)
{
    public static CommunityView From(Community c) =>
        new(c.Id, c.Slug, c.Name, c.Description, c.Kind, c.StoreId, c.IsPinned, c.Visibility, c.Rules, c.MemberCount, c.CreatedAtUtc);
}

internal sealed record CommunityPage(IReadOnlyList<CommunityView> Items, int Page, int PageSize, int Total);

internal sealed record MembershipView(Guid CommunityId, Guid AccountId, MemberRole Role, MembershipStatus Status, DateTime JoinedAtUtc)
{
    public static MembershipView From(Membership m) => new(m.CommunityId, m.AccountId, m.Role, m.Status, m.JoinedAtUtc);
}

internal sealed record MemberView(Guid AccountId, string DisplayName, MemberRole Role, MembershipStatus Status, DateTime JoinedAtUtc);
