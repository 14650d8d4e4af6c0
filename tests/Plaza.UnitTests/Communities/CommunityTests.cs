using Plaza.Web.Modules.Communities;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Communities;

public sealed class CommunityTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Founder = Guid.CreateVersion7();

    private static (Community Community, Membership Owner) Start(CommunityVisibility visibility = CommunityVisibility.Public,
        CommunityKind kind = CommunityKind.Theme, Guid? storeId = null) =>
        Community.Start("home-cooking", " Home cooking ", " Recipes. ", kind, storeId, visibility, " Be kind. ", Founder, Now);

    [Fact]
    public void The_creator_is_the_first_member_and_owner_and_the_count_starts_at_one()
    {
        var (community, owner) = Start();

        (community.Name, community.Description, community.Rules, community.MemberCount).ShouldBe(("Home cooking", "Recipes.", "Be kind.", 1));
        (owner.AccountId, owner.Role, owner.Status, owner.CommunityId).ShouldBe((Founder, MemberRole.Owner, MembershipStatus.Active, community.Id));
    }

    [Fact]
    public void A_store_community_needs_a_store_and_other_kinds_have_none()
    {
        Should.Throw<DomainException>(() => Start(kind: CommunityKind.Store)).Code.ShouldBe("store_required");
        Should.Throw<DomainException>(() => Start(kind: CommunityKind.Neighbourhood, storeId: Guid.CreateVersion7())).Code.ShouldBe("store_not_allowed");
    }

    [Fact]
    public void A_name_shorter_than_two_characters_is_refused()
    {
        Should.Throw<DomainException>(() => Community.Start("x", " x ", null, CommunityKind.Theme, null, CommunityVisibility.Public, null, Founder, Now))
            .Code.ShouldBe("invalid_name");
    }

    [Fact]
    public void Joining_a_public_community_is_immediate_and_a_private_one_waits_for_approval()
    {
        var (open, _) = Start();
        var (closed, _) = Start(CommunityVisibility.Private);
        var person = Guid.CreateVersion7();

        open.Join(person, null, Now).Status.ShouldBe(MembershipStatus.Active);
        var request = closed.Join(person, null, Now);
        (request.Status, request.Role).ShouldBe((MembershipStatus.Pending, MemberRole.Member));
    }

    [Fact]
    public void Joining_twice_is_refused_as_already_member_or_already_requested()
    {
        var (open, _) = Start();
        var (closed, _) = Start(CommunityVisibility.Private);
        var person = Guid.CreateVersion7();

        Should.Throw<DomainException>(() => open.Join(person, open.Join(person, null, Now), Now)).Code.ShouldBe("already_member");
        Should.Throw<DomainException>(() => closed.Join(person, closed.Join(person, null, Now), Now)).Code.ShouldBe("already_requested");
    }

    [Fact]
    public void Only_an_owner_or_admin_approves_and_only_a_pending_request()
    {
        var (closed, owner) = Start(CommunityVisibility.Private);
        var request = closed.Join(Guid.CreateVersion7(), null, Now);
        var other = closed.Join(Guid.CreateVersion7(), null, Now);

        Should.Throw<DomainException>(() => other.Approve(request, Now)).Code.ShouldBe("not_community_admin");
        request.Approve(owner, Now.AddHours(1));
        (request.Status, request.JoinedAtUtc).ShouldBe((MembershipStatus.Active, Now.AddHours(1)));
        Should.Throw<DomainException>(() => request.Approve(owner, Now)).Code.ShouldBe("not_pending");
    }

    [Fact]
    public void The_only_owner_cannot_leave_but_one_of_two_owners_can_and_a_member_always_can()
    {
        var (community, owner) = Start();
        var member = community.Join(Guid.CreateVersion7(), null, Now);

        Should.Throw<DomainException>(() => owner.EnsureCanLeave(activeOwners: 1)).Code.ShouldBe("last_owner");
        Should.NotThrow(() => owner.EnsureCanLeave(activeOwners: 2));
        Should.NotThrow(() => member.EnsureCanLeave(activeOwners: 1));
    }

    [Fact]
    public void Only_an_owner_changes_roles_and_the_last_owner_stays_owner()
    {
        var (community, owner) = Start();
        var member = community.Join(Guid.CreateVersion7(), null, Now);

        member.ChangeRole(MemberRole.Admin, owner, activeOwners: 1);
        member.Role.ShouldBe(MemberRole.Admin);
        member.CanManage.ShouldBeTrue();
        Should.Throw<DomainException>(() => owner.ChangeRole(MemberRole.Member, member, 1)).Code.ShouldBe("not_community_owner");
        Should.Throw<DomainException>(() => owner.ChangeRole(MemberRole.Member, owner, activeOwners: 1)).Code.ShouldBe("last_owner");
        member.ChangeRole(MemberRole.Owner, owner, 1);
        owner.ChangeRole(MemberRole.Member, member, activeOwners: 2);
        owner.Role.ShouldBe(MemberRole.Member);
    }

    [Fact]
    public void A_pending_request_cannot_be_given_a_role()
    {
        var (closed, owner) = Start(CommunityVisibility.Private);
        var request = closed.Join(Guid.CreateVersion7(), null, Now);

        Should.Throw<DomainException>(() => request.ChangeRole(MemberRole.Admin, owner, 1)).Code.ShouldBe("not_member");
    }

    [Fact]
    public void Only_a_store_community_can_be_pinned_for_its_store()
    {
        var (theme, _) = Start();
        var (store, _) = Start(kind: CommunityKind.Store, storeId: Guid.CreateVersion7());

        Should.Throw<DomainException>(theme.PinForStore).Code.ShouldBe("not_a_store_community");
        store.PinForStore();
        store.IsPinned.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Home Cooking", "home-cooking")]
    [InlineData("  Mums & Babies!! N1 ", "mums-babies-n1")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    public void A_slug_is_lower_case_ascii_words_joined_by_hyphens(string name, string slug) =>
        Community.SlugFrom(name).ShouldBe(slug);

    [Fact]
    public void A_name_without_latin_letters_or_digits_gets_a_generated_slug()
    {
        Community.SlugFrom("家常菜").ShouldMatch("^community-[0-9a-f]{8}$");
        Community.SlugFrom(new string('a', 200)).Length.ShouldBe(50);
    }
}
