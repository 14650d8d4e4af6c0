using Plaza.Web.Modules.Identity;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Identity;

public sealed class AccountTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);

    private static Account NewAccount() => Account.Register("ada@example.com", null, "  Ada  ", Now);

    [Fact]
    public void A_new_account_is_a_shopper()
    {
        var account = NewAccount();

        account.Roles.ShouldBe(["shopper"]);
        account.DisplayName.ShouldBe("Ada");
        account.CreatedAtUtc.ShouldBe(Now);
        account.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void An_account_needs_an_email_address_or_a_mobile_number()
    {
        Should.Throw<DomainException>(() => Account.Register(null, null, "Nobody", Now)).Code.ShouldBe("login_required");
    }

    [Fact]
    public void Granting_a_role_twice_keeps_one_and_unknown_roles_are_refused()
    {
        var account = NewAccount();

        account.GrantRole("moderator");
        account.GrantRole("moderator");

        account.Roles.ShouldBe(["shopper", "moderator"]);
        Should.Throw<DomainException>(() => account.GrantRole("emperor")).Code.ShouldBe("unknown_role");
    }

    [Fact]
    public void The_shopper_role_cannot_be_revoked_but_others_can()
    {
        var account = NewAccount();
        account.GrantRole("admin");

        account.RevokeRole("admin");

        account.Roles.ShouldBe(["shopper"]);
        Should.Throw<DomainException>(() => account.RevokeRole("shopper")).Code.ShouldBe("role_required");
    }

    [Fact]
    public void A_suspension_lasts_until_its_end_and_can_be_lifted()
    {
        var account = NewAccount();
        account.Suspend(Now.AddDays(2));
        account.IsSuspended(Now.AddDays(2).AddSeconds(-1)).ShouldBeTrue();
        account.IsSuspended(Now.AddDays(2)).ShouldBeFalse();
        account.Unsuspend();
        account.IsSuspended(Now).ShouldBeFalse();
    }
}
