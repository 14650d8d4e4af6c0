using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;

namespace Plaza.IntegrationTests.Identity;

public sealed class RegistrationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private const string Register = "/api/v1/auth/register";

    [Fact]
    public async Task Registering_with_an_email_address_returns_201_and_stores_it_normalised()
    {
        var email = TestData.Unique("Ada.Lovelace") + "@Example.COM";

        var response = await factory.Anonymous()
            .PostAsJsonAsync(Register, new { login = "  " + email + " ", password = PlazaFactory.Password, displayName = " Ada " });

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        body.GetProperty("email").GetString().ShouldBe(email.ToLowerInvariant());
        body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["shopper"]);
        await using var scope = factory.Db();
        var stored = email.ToLowerInvariant();
        var account = await scope.Db.Set<Account>().SingleAsync(a => a.Email == stored);
        account.Phone.ShouldBeNull();
        account.DisplayName.ShouldBe("Ada");
        account.PasswordHash.ShouldNotBeNullOrEmpty();
        account.PasswordHash.ShouldNotContain(PlazaFactory.Password);
    }

    [Theory]
    [InlineData("es-ES,es;q=0.9", "es")]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans")]
    [InlineData(null, "en")]
    public async Task An_account_keeps_the_language_it_was_registered_in(string? acceptLanguage, string expected)
    {
        var client = factory.Anonymous();
        if (acceptLanguage is not null) client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var response = await client.PostAsJsonAsync(Register,
            new { login = TestData.Unique("lang") + "@example.com", password = PlazaFactory.Password, displayName = "Lucía" });

        (await response.ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("preferredCulture").GetString().ShouldBe(expected);
    }

    [Fact]
    public async Task Registering_with_a_mobile_number_returns_201_and_stores_it_without_separators()
    {
        var digits = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var typed = $"+44 ({digits[..3]}) {digits[3..6]}-{digits[6..]}";

        var response = await factory.Anonymous().PostAsJsonAsync(Register, new { login = typed, password = PlazaFactory.Password, displayName = "Grace" });

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        body.GetProperty("phone").GetString().ShouldBe("+44" + digits);
        await using var scope = factory.Db();
        var account = await scope.Db.Set<Account>().SingleAsync(a => a.Phone == "+44" + digits);
        account.Email.ShouldBeNull();
    }

    [Theory]
    [InlineData("short1!")]       // 7 characters
    [InlineData("password123")]   // on the common-passwords list
    [InlineData("PASSWORD123")]   // the list is checked ignoring case
    [InlineData("aaaaaaaaaaaa")]  // long enough but trivially guessable
    public async Task A_weak_password_is_a_400_naming_password_and_no_account_is_created(string password)
    {
        var email = TestData.Unique("weak") + "@example.com";

        var response = await factory.Anonymous().PostAsJsonAsync(Register, new { login = email, password, displayName = "Weak" });

        await response.ShouldBeValidationProblem("password");
        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().AnyAsync(a => a.Email == email)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("someone@")]
    [InlineData("12345")]
    [InlineData("")]
    public async Task A_login_that_is_neither_an_email_nor_a_mobile_number_is_a_400_naming_login(string login)
    {
        var response = await factory.Anonymous().PostAsJsonAsync(Register, new { login, password = PlazaFactory.Password, displayName = "Nobody" });

        await response.ShouldBeValidationProblem("login");
    }

    [Fact]
    public async Task Registering_a_login_that_is_taken_returns_409_login_taken_even_in_other_letter_case()
    {
        var email = TestData.Unique("twice") + "@example.com";
        var first = await factory.Anonymous().PostAsJsonAsync(Register, new { login = email, password = PlazaFactory.Password, displayName = "First" });
        await first.ShouldHaveStatus(HttpStatusCode.Created);

        var second = await factory.Anonymous()
            .PostAsJsonAsync(Register, new { login = email.ToUpperInvariant(), password = PlazaFactory.Password, displayName = "Second" });

        await second.ShouldBeProblem(HttpStatusCode.Conflict, "login_taken");
        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().CountAsync(a => a.Email == email)).ShouldBe(1);
    }

    [Fact]
    public async Task A_number_where_the_login_text_belongs_is_a_400_naming_login_not_a_500()
    {
        var response = await factory.Anonymous().PostAsync(Register,
            Json("""{ "login": 447700900123, "password": "Plaza-test-pass-42", "displayName": "Numbers" }"""));

        await response.ShouldBeValidationProblem("login");
    }

    [Fact]
    public async Task A_JSON_array_instead_of_an_object_is_a_400_naming_body()
    {
        var response = await factory.Anonymous().PostAsync(Register, Json("""[ "x@example.com", "Plaza-test-pass-42" ]"""));

        await response.ShouldBeValidationProblem("body");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_not_a_500()
    {
        var response = await factory.Anonymous().PostAsync(Register, Json("""{ "login": "x@example.com", "password": """));

        await response.ShouldHaveStatus(HttpStatusCode.BadRequest);
    }

    internal static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
