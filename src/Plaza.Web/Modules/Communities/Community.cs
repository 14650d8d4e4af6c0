using System.Globalization;
using System.Text;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Communities;

internal enum CommunityKind { Store, Neighbourhood, Theme }

internal enum CommunityVisibility { Public, Private }

internal enum MemberRole { Owner, Admin, Member }

internal enum MembershipStatus { Active, Pending }

/// <summary>
/// A community around a store, a neighbourhood or a theme. Anyone may read a public one's about and
/// rules, and a private one's too (so people can ask to join); who belongs is in <see cref="Membership"/>.
/// <see cref="MemberCount"/> counts active members and only ever moves by one conditional UPDATE
/// (<see cref="MemberCounter"/>), never by reading it and writing it back.
/// </summary>
internal sealed class Community
{
    public const int NameMin = 2, NameMax = 60, DescriptionMax = 1000, RulesMax = 2000, SlugMax = 70;

    private Community() { }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public CommunityKind Kind { get; private set; }
    public Guid? StoreId { get; private set; }
    public bool IsPinned { get; private set; }
    public CommunityVisibility Visibility { get; private set; }
    public string Rules { get; private set; } = "";
    public Guid CreatedByAccountId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public int MemberCount { get; private set; }

    /// <summary>Starts a community; its creator is its first member and owner.</summary>
    public static (Community Community, Membership Owner) Start(string slug, string name, string? description, CommunityKind kind, Guid? storeId,
        CommunityVisibility visibility, string? rules, Guid createdBy, DateTime now)
    {
        if (kind == CommunityKind.Store && storeId is null)
            throw new DomainException("store_required", "A store community belongs to a store.");
        if (kind != CommunityKind.Store && storeId is not null)
            throw new DomainException("store_not_allowed", "Only a store community belongs to a store.");
        var community = new Community
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            Kind = kind,
            StoreId = storeId,
            CreatedByAccountId = createdBy,
            CreatedAtUtc = now,
            MemberCount = 1,
        };
        community.Edit(name, description, visibility, rules);
        return (community, Membership.Found(community.Id, createdBy, now));
    }

    public void Edit(string name, string? description, CommunityVisibility visibility, string? rules)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is < NameMin or > NameMax) throw new DomainException("invalid_name", $"A community name has {NameMin} to {NameMax} characters.");
        Name = trimmed;
        Description = (description ?? "").Trim();
        Rules = (rules ?? "").Trim();
        Visibility = visibility;
    }

    /// <summary>
    /// Someone asks to join: in a public community they are a member at once, in a private one their
    /// request waits for an owner or admin. <paramref name="existing"/> is their membership, if any.
    /// </summary>
    public Membership Join(Guid accountId, Membership? existing, DateTime now)
    {
        if (existing is { Status: MembershipStatus.Active }) throw new DomainException("already_member", "You are already a member of this community.");
        if (existing is { Status: MembershipStatus.Pending }) throw new DomainException("already_requested", "You have already asked to join this community.");
        return Membership.Request(Id, accountId, Visibility == CommunityVisibility.Public ? MembershipStatus.Active : MembershipStatus.Pending, now);
    }

    /// <summary>Store staff make this their store's pinned community (the use case unpins any other).</summary>
    public void PinForStore()
    {
        if (StoreId is null) throw new DomainException("not_a_store_community", "Only a store's own community can be pinned for it.");
        IsPinned = true;
    }

    /// <summary>
    /// Its creator deleted their account choosing to remove what they wrote: the about and the rules are their words and go; the
    /// community itself is a place others share and stays, run by whoever it was handed to (ADR 0023).
    /// </summary>
    public void ForgetCreatorsWords()
    {
        Description = "";
        Rules = "";
    }

    /// <summary>
    /// A deleted person's details are taken out of the name, about and rules (ADR 0023); <paramref name="scrub"/> may make a text
    /// longer, so each is cut to its limit. True when the name changed, so the address made from it must change too.
    /// </summary>
    public bool Redact(Func<string, string> scrub)
    {
        Description = Cut(scrub(Description), DescriptionMax);
        Rules = Cut(scrub(Rules), RulesMax);
        var name = Cut(scrub(Name), NameMax);
        if (name == Name) return false;
        Name = name;
        return true;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>A new address (slug), free and made from the name, when the old one spelled out a deleted person's details.</summary>
    public void MoveTo(string slug) => Slug = slug;

    /// <summary>
    /// A readable address from the name: lower-case ASCII letters and digits joined by hyphens, accents
    /// dropped; a name with none of those (e.g. all Chinese) gets "community-" and a short random part.
    /// </summary>
    public static string SlugFrom(string name)
    {
        var slug = Slugify(name);
        return slug.Length >= 2 ? slug : "community-" + Guid.NewGuid().ToString("N")[..8];
    }

    /// <summary>The name as it shows in an address: lower-case ASCII letters and digits joined by hyphens (maybe empty).</summary>
    public static string Slugify(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(lower);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= 50) break;
        }
        return sb.ToString().Trim('-');
    }
}

/// <summary>One person's place in one community: their role and whether they are in yet.</summary>
internal sealed class Membership
{
    private Membership() { }

    public Guid CommunityId { get; private set; }
    public Guid AccountId { get; private set; }
    public MemberRole Role { get; private set; }
    public MembershipStatus Status { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }

    public bool IsActive => Status == MembershipStatus.Active;

    /// <summary>Owners and admins run the community: they answer requests and edit it.</summary>
    public bool CanManage => IsActive && Role is MemberRole.Owner or MemberRole.Admin;

    public bool IsOwner => IsActive && Role == MemberRole.Owner;

    internal static Membership Found(Guid communityId, Guid accountId, DateTime now) =>
        new() { CommunityId = communityId, AccountId = accountId, Role = MemberRole.Owner, Status = MembershipStatus.Active, JoinedAtUtc = now };

    internal static Membership Request(Guid communityId, Guid accountId, MembershipStatus status, DateTime now) =>
        new() { CommunityId = communityId, AccountId = accountId, Role = MemberRole.Member, Status = status, JoinedAtUtc = now };

    /// <summary>An owner or admin lets a pending request in.</summary>
    public void Approve(Membership approver, DateTime now)
    {
        if (!approver.CanManage) throw new DomainException("not_community_admin", "Only an owner or admin can answer requests to join.");
        if (Status != MembershipStatus.Pending) throw new DomainException("not_pending", "This person is not waiting to join.");
        Status = MembershipStatus.Active;
        JoinedAtUtc = now;
    }

    /// <summary>The only owner deleted their account: this member runs the community now (ADR 0023).</summary>
    public void InheritOwnership()
    {
        if (!IsActive) throw new DomainException("not_member", "Only a member can be given a role.");
        Role = MemberRole.Owner;
    }

    /// <summary>Whether this person may leave, given how many active owners the community has.</summary>
    public void EnsureCanLeave(int activeOwners)
    {
        if (IsOwner && activeOwners <= 1)
            throw new DomainException("last_owner", "You are the only owner: make someone else an owner before you leave.");
    }

    /// <summary>An owner makes a member an admin or an owner, or makes an admin or owner a member again.</summary>
    public void ChangeRole(MemberRole role, Membership changer, int activeOwners)
    {
        if (!changer.IsOwner) throw new DomainException("not_community_owner", "Only an owner can change roles.");
        if (!IsActive) throw new DomainException("not_member", "Only a member can be given a role.");
        if (Role == MemberRole.Owner && role != MemberRole.Owner && activeOwners <= 1)
            throw new DomainException("last_owner", "A community keeps at least one owner.");
        Role = role;
    }
}
