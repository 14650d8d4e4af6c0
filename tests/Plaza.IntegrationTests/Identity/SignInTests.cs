using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;

namespace Plaza.IntegrationTests.Identity;

/// <summary>Sign-in and sign-out (lockouts: <see cref="SignInThrottleTests"/>).</summary>
public sealed class SignInTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private const string SignIn = "/api/v1/auth/sign-in";

    [Fact]
    public async Task Signing_in_returns_a_bearer_token_that_works_on_me()
    {
        var account = await factory.CreateAccountAsync();

        var response = await factory.Anonymous().PostAsJsonAsync(SignIn, new { login = account.Login, password = PlazaFactory.Password });

        var body = await response.ShouldHaveStatus(HttpStatusCode.OK);
        body.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        var me = await factory.WithToken(body.GetProperty("accessToken").GetString()!).GetAsync("/api/v1/auth/me");
        (await me.ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("id").GetGuid().ShouldBe(account.Id);
    }

    [Fact]
    public async Task Signing_in_with_a_wrong_password_returns_409_invalid_credentials_and_counts_the_failure_under_a_hash()
    {
        var account = await factory.CreateAccountAsync();

        var response = await factory.Anonymous().PostAsJsonAsync(SignIn, new { login = account.Login, password = "Wrong-password-1" });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "invalid_credentials");
        var key = SignInThrottle.For(account.Login, IPAddress.Loopback).FromAnywhere;
        await using var scope = factory.Db();
        var counted = await scope.Db.Set<SignInFailures>().AsNoTracking().SingleAsync(f => f.Key == key);
        counted.Failures.ShouldBe(1);
        counted.Key.ShouldNotContain("@");
    }

    [Fact]
    public async Task Signing_in_with_an_unknown_login_gives_the_same_answer_as_a_wrong_password()
    {
        var response = await factory.Anonymous()
            .PostAsJsonAsync(SignIn, new { login = TestData.Unique("nobody") + "@example.com", password = PlazaFactory.Password });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "invalid_credentials");
    }

    [Fact]
    public async Task After_signing_out_the_same_token_gets_401_on_me()
    {
        var account = await factory.CreateAccountAsync();
        await (await account.Client.GetAsync("/api/v1/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await account.Client.PostAsync("/api/v1/auth/sign-out", null);

        await response.ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await account.Client.GetAsync("/api/v1/auth/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        await using var scope = factory.Db();
        (await scope.Db.Set<Session>().AnyAsync(s => s.AccountId == account.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Me_without_a_token_is_401()
    {
        await (await factory.Anonymous().GetAsync("/api/v1/auth/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }
}
