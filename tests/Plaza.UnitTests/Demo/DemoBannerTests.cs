using Plaza.Web.Modules.Demo;

namespace Plaza.UnitTests.Demo;

public sealed class DemoBannerTests
{
    [Fact]
    public void The_banner_names_every_address_and_each_sign_in_with_the_password()
    {
        var text = DemoBanner.Format(["http://localhost:5080", "https://localhost:5081"], DemoAccounts.All);

        text.ShouldStartWith("Plaza is running at http://localhost:5080, https://localhost:5081");
        foreach (var account in DemoAccounts.All)
            text.Split('\n').ShouldContain(l => l.Contains(account.Label) && l.Contains(account.Login) && l.TrimEnd().EndsWith(DemoAccounts.Password));
    }

    [Fact]
    public void The_sign_ins_line_up_in_columns()
    {
        var lines = DemoBanner.Format(["http://127.0.0.1:5310"], DemoAccounts.All).Split('\n');
        var header = lines.Single(l => l.TrimStart().StartsWith("Role"));
        var rows = lines.Where(l => l.Contains(DemoAccounts.Password)).ToList();

        rows.Count.ShouldBe(DemoAccounts.All.Count);
        rows.Zip(DemoAccounts.All, (r, a) => r.IndexOf(a.Login, StringComparison.Ordinal)).ShouldAllBe(i => i == header.IndexOf("Login"));
        rows.ShouldAllBe(r => r.IndexOf(DemoAccounts.Password, StringComparison.Ordinal) == header.IndexOf("Password"));
    }

    [Fact]
    public void Without_demo_sign_ins_the_banner_is_just_the_address() =>
        DemoBanner.Format(["http://localhost:5080"], []).Trim().ShouldBe("Plaza is running at http://localhost:5080");
}
