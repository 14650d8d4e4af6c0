using Plaza.Web.Modules.Identity;

namespace Plaza.UnitTests.Identity;

public sealed class LoginsTests
{
    [Theory]
    [InlineData("ada@example.com", "ada@example.com")]
    [InlineData("  Ada.Lovelace@Example.COM ", "ada.lovelace@example.com")]
    [InlineData("first+tag@sub.example.co.uk", "first+tag@sub.example.co.uk")]
    public void Email_addresses_are_trimmed_and_lowercased(string typed, string expected)
    {
        Logins.NormalizeEmail(typed).ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ada")]
    [InlineData("ada@")]
    [InlineData("@example.com")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("Ada <ada@example.com>")]
    [InlineData("ada@example.com, bob@example.com")]
    public void Things_that_are_not_one_email_address_are_refused(string? typed)
    {
        Logins.NormalizeEmail(typed).ShouldBeNull();
    }

    [Fact]
    public void An_email_address_over_254_characters_is_refused()
    {
        var local = new string('a', 64);
        var domain = string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".com"; // 247 characters
        var email = local + "@" + domain;
        email.Length.ShouldBeGreaterThan(254);

        Logins.NormalizeEmail(email).ShouldBeNull();
    }

    [Theory]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("+44 (0)20 7946-0000", "+4402079460000")]
    [InlineData("07700.900.123", "07700900123")]
    [InlineData("\t+1-202-555-0143 ", "+12025550143")]
    [InlineData("1234567", "1234567")]
    [InlineData("+123456789012345", "+123456789012345")]
    public void Phone_numbers_lose_their_separators(string typed, string expected)
    {
        Logins.NormalizePhone(typed).ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123456")]            // too short
    [InlineData("1234567890123456")]  // 16 digits: too long
    [InlineData("++447700900123")]
    [InlineData("44+7700900123")]
    [InlineData("0800-FLOWERS")]
    [InlineData("+44 7700 900123 ext 2")]
    public void Things_that_are_not_a_phone_number_are_refused(string? typed)
    {
        Logins.NormalizePhone(typed).ShouldBeNull();
    }

    [Fact]
    public void One_login_box_takes_either_form()
    {
        Logins.Parse("Ada@Example.com").ShouldBe(("ada@example.com", null));
        Logins.Parse("+44 7700 900123").ShouldBe((null, "+447700900123"));
        Logins.Parse("not a login").ShouldBe((null, null));
        Logins.Parse("ada@").ShouldBe((null, null));
        Logins.Parse(null).ShouldBe((null, null));
    }
}
