using System.Net.Http.Json;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Identity;

/// <summary>NIST SP 800-63B: a new password is checked against breached passwords, the site's name and the person's own login.</summary>
public sealed class BreachedPasswordTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Theory]
    [InlineData("abc12345")]          // breached-password list, after a sequence
    [InlineData("plaza2026")]         // the site's own name and a year
    [InlineData("abcabcab")]          // a repeated pattern
    [InlineData("sunshine1")]         // breached-password list
    [InlineData("Qwertyuiop")]        // a keyboard row
    [InlineData("iloveyou2")]         // breached-password list
    public async Task A_password_attackers_try_first_is_a_400_naming_password(string password)
    {
        var response = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { login = TestData.Unique("guessable") + "@example.com", password, displayName = "Guessable" });

        await response.ShouldBeValidationProblem("password");
    }

    [Fact]
    public async Task The_refusal_carries_a_stable_code_for_apps_beside_the_words_for_people()
    {
        var response = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { login = TestData.Unique("leaked") + "@example.com", password = "abc12345", displayName = "Leaked" });

        var problem = await response.ShouldBeValidationProblem("password");
        problem.GetProperty("codes").GetProperty("password").GetString().ShouldBe("password_breached");
    }

    [Fact]
    public async Task A_password_made_of_the_persons_own_login_is_a_400_naming_password()
    {
        var local = "marguerite" + Random.Shared.Next(100, 999);

        var response = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { login = local + "@example.com", password = local + "!", displayName = "Marguerite" });

        await response.ShouldBeValidationProblem("password");
    }

    [Fact]
    public async Task The_site_name_comes_from_configuration()
    {
        await using var corner = new PlazaFactory(new Dictionary<string, string?> { ["Site:Name"] = "Cornershop" });

        var response = await corner.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { login = TestData.Unique("corner") + "@example.com", password = "cornershop2026", displayName = "Corner" });

        await response.ShouldBeValidationProblem("password");
    }
}
