using Plaza.Web.Modules.Identity;

namespace Plaza.UnitTests.Identity;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Kettle-Bracken-9")]
    [InlineData("8chars!A")]
    [InlineData("correct horse battery staple")]
    [InlineData("密码是一只小猫咪")]
    public void A_good_password_passes(string password)
    {
        PasswordPolicy.Check(password, "ada@example.com").ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_password_is_required(string? password)
    {
        PasswordPolicy.Check(password, null).ShouldNotBeNull();
    }

    [Fact]
    public void Seven_characters_are_too_few_and_eight_are_enough()
    {
        PasswordPolicy.Check("Kx7-pQz", null).ShouldNotBeNull();
        PasswordPolicy.Check("Kx7-pQzw", null).ShouldBeNull();
    }

    [Fact]
    public void More_than_128_characters_are_too_many()
    {
        var ok = string.Concat(Enumerable.Repeat("Ab3-", 32));
        ok.Length.ShouldBe(128);

        PasswordPolicy.Check(ok, null).ShouldBeNull();
        PasswordPolicy.Check(ok + "x", null).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("PASSWORD123")]
    [InlineData("password")]
    [InlineData("Password")]
    public void A_common_password_is_refused_whatever_its_case(string password)
    {
        PasswordPolicy.Check(password, null).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("aaaaaaaa")]
    [InlineData("abababababab")]
    public void A_password_of_fewer_than_three_different_characters_is_refused(string password)
    {
        PasswordPolicy.Check(password, null).ShouldNotBeNull();
    }

    [Fact]
    public void The_password_must_differ_from_the_login()
    {
        PasswordPolicy.Check("Ada.Lovelace@example.com", "ada.lovelace@example.com").ShouldNotBeNull();
        PasswordPolicy.Check("+447700900123", "+447700900123").ShouldNotBeNull();
    }
}
