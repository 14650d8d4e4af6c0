using Plaza.Web.Modules.Identity;

namespace Plaza.UnitTests.Identity;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = new("Plaza");

    [Fact]
    public void The_packaged_list_of_leaked_passwords_is_found_and_large()
    {
        // zxcvbn-core embeds 30,000 passwords under this name: if an update of the package moves them, this fails rather than the app.
        PasswordPolicy.BreachedCount.ShouldBeGreaterThan(30_000);
    }

    [Theory]
    [InlineData("abc12345", "password_breached")]
    [InlineData("sunshine1", "password_breached")]
    [InlineData("Sunshine2026!", "password_breached")]
    [InlineData("QWERTYUIOP", "password_breached")]
    [InlineData("abcabcab", "password_guessable")]
    [InlineData("Kz9Kz9Kz9Kz9", "password_guessable")]
    [InlineData("lmnopqrstu", "password_guessable")]
    [InlineData("plaza2026", "password_like_login")]
    [InlineData("PLAZA-2026!", "password_like_login")]
    public void A_password_attackers_try_first_is_refused_with_a_stable_code(string password, string code)
    {
        Policy.Check(password, "ada@example.com").ShouldNotBeNull().Code.ShouldBe(code);
    }

    [Theory]
    [InlineData("marguerite417@example.com", "marguerite417!")]
    [InlineData("marguerite417@example.com", "Marguerite417@example.com2")]
    [InlineData("+447700900123", "447700900123#")]
    public void A_password_built_from_the_persons_own_login_is_refused(string login, string password)
    {
        Policy.Check(password, login).ShouldNotBeNull().Code.ShouldBe("password_like_login");
    }

    [Fact]
    public void The_site_name_is_the_one_configured()
    {
        new PasswordPolicy("Cornershop").Check("cornershop2026", null).ShouldNotBeNull().Code.ShouldBe("password_like_login");
        new PasswordPolicy("Cornershop").Check("plaza-2026-x1", null).ShouldBeNull();
    }

    [Theory]
    [InlineData("Plaza-test-pass-42")]
    [InlineData("plaza-demo-2026")]
    [InlineData("marguerite-picks-pears")]
    public void A_password_that_merely_contains_the_site_name_or_login_among_words_of_its_own_passes(string password)
    {
        Policy.Check(password, "marguerite@example.com").ShouldBeNull();
    }

    [Theory]
    [InlineData("Kettle-Bracken-9")]
    [InlineData("8chars!A")]
    [InlineData("correct horse battery staple")]
    [InlineData("密码是一只小猫咪")]
    public void A_good_password_passes(string password)
    {
        Policy.Check(password, "ada@example.com").ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_password_is_required(string? password)
    {
        Policy.Check(password, null).ShouldNotBeNull();
    }

    [Fact]
    public void Seven_characters_are_too_few_and_eight_are_enough()
    {
        Policy.Check("Kx7-pQz", null).ShouldNotBeNull();
        Policy.Check("Kx7-pQzw", null).ShouldBeNull();
    }

    [Fact]
    public void More_than_128_characters_are_too_many()
    {
        var ok = string.Concat(Enumerable.Range(0, 32).Select(i => $"A{i:D2}-")); // no repetition: that is refused on its own
        ok.Length.ShouldBe(128);

        Policy.Check(ok, null).ShouldBeNull();
        Policy.Check(ok + "x", null).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("PASSWORD123")]
    [InlineData("password")]
    [InlineData("Password")]
    public void A_common_password_is_refused_whatever_its_case(string password)
    {
        Policy.Check(password, null).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("aaaaaaaa")]
    [InlineData("abababababab")]
    public void A_password_of_fewer_than_three_different_characters_is_refused(string password)
    {
        Policy.Check(password, null).ShouldNotBeNull();
    }

    [Fact]
    public void The_password_must_differ_from_the_login()
    {
        Policy.Check("Ada.Lovelace@example.com", "ada.lovelace@example.com").ShouldNotBeNull();
        Policy.Check("+447700900123", "+447700900123").ShouldNotBeNull();
    }
}
