using Plaza.Web.Modules.Demo;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Platform.Auth;

namespace Plaza.UnitTests.Demo;

public sealed class DemoAccountsTests
{
    [Fact]
    public void The_demo_password_passes_the_password_policy_for_every_login() =>
        DemoAccounts.All.ShouldAllBe(a => new PasswordPolicy("Plaza").Check(DemoAccounts.Password, a.Login) == null);

    [Fact]
    public void Every_login_is_valid_already_normalised_and_unique()
    {
        foreach (var account in DemoAccounts.All)
        {
            var (email, phone) = Logins.Parse(account.Login);
            (email ?? phone).ShouldBe(account.Login);
        }
        DemoAccounts.All.Select(a => a.Login).ShouldBeUnique();
    }

    [Fact]
    public void The_walk_in_customer_signs_in_with_a_mobile_number()
    {
        var margaret = DemoAccounts.All.Single(a => a.DisplayName == "Margaret Ellis");

        Logins.Parse(margaret.Login).Phone.ShouldBe("+447700900123");
    }

    [Fact]
    public void Each_role_and_culture_is_covered_with_known_values()
    {
        DemoAccounts.All.SelectMany(a => a.ExtraRoles).ShouldAllBe(r => Roles.All.Contains(r));
        DemoAccounts.All.SelectMany(a => a.ExtraRoles).ShouldBe([Roles.CommunityLeader, Roles.Moderator, Roles.Admin], ignoreOrder: true);
        DemoAccounts.All.Select(a => a.Culture).Distinct().ShouldBe(["en", "es", "zh-Hans"], ignoreOrder: true);
        DemoAccounts.All.Where(a => a.StaffAtAllStores).ShouldHaveSingleItem().Login.ShouldBe("staff@plaza.test");
    }
}
