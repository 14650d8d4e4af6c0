using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;

namespace Plaza.IntegrationTests.Identity;

/// <summary>
/// Failed sign-ins are throttled per login whether or not an account has it, and answered the same way, so neither the
/// answers nor the lockout tell whether an account exists; a stranger can lock a login out only from their own network
/// and only for a while (ADR 0021). Each test has its own factory: they move the clock.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string SignIn = "/api/v1/auth/sign-in";

    [Fact]
    public async Task An_existing_and_an_unknown_login_get_identical_answers_before_during_and_after_the_lockout()
    {
        await using var factory = new PlazaFactory();
        var real = (await factory.CreateAccountAsync()).Login;
        var unknown = TestData.Unique("nobody") + "@example.com";
        var client = factory.Anonymous();

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var forReal = await Answer(await client.PostAsJsonAsync(SignIn, new { login = real, password = "Wrong-password-" + attempt }));
            var forUnknown = await Answer(await client.PostAsJsonAsync(SignIn, new { login = unknown, password = "Wrong-password-" + attempt }));
            forUnknown.ShouldBe(forReal, $"attempt {attempt}");
        }
        var rightPassword = await Answer(await client.PostAsJsonAsync(SignIn, new { login = real, password = PlazaFactory.Password }));
        var anyPassword = await Answer(await client.PostAsJsonAsync(SignIn, new { login = unknown, password = PlazaFactory.Password }));
        rightPassword.ShouldBe(anyPassword);
        rightPassword.ShouldBe("409 locked_out | Too many failed attempts. Try again in a few minutes.");
    }

    [Fact]
    public async Task The_first_failures_say_the_login_or_password_is_not_right_for_both()
    {
        await using var factory = new PlazaFactory();
        var real = (await factory.CreateAccountAsync()).Login;
        var client = factory.Anonymous();

        (await Answer(await client.PostAsJsonAsync(SignIn, new { login = real, password = "Wrong-password-1" })))
            .ShouldBe("409 invalid_credentials | The login or password is not right.");
        (await Answer(await client.PostAsJsonAsync(SignIn, new { login = TestData.Unique("nobody") + "@example.com", password = "Wrong-password-1" })))
            .ShouldBe("409 invalid_credentials | The login or password is not right.");
    }

    [Fact]
    public async Task A_stranger_who_locks_a_login_out_from_their_network_does_not_lock_out_its_owner_on_another()
    {
        await using var factory = new PlazaFactory();
        var account = await factory.CreateAccountAsync();
        var client = factory.Anonymous();

        for (var i = 1; i <= 6; i++) await SignInFrom(client, "198.51.100.7", account.Login, "Wrong-password-" + i);
        (await Answer(await SignInFrom(client, "198.51.100.7", account.Login, PlazaFactory.Password))).ShouldStartWith("409 locked_out");

        await (await SignInFrom(client, "203.0.113.50", account.Login, PlazaFactory.Password)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_lockout_ends_after_15_minutes_and_the_next_one_is_no_longer()
    {
        await using var factory = new PlazaFactory();
        var account = await factory.CreateAccountAsync();
        var client = factory.Anonymous();

        for (var round = 1; round <= 3; round++)
        {
            for (var i = 1; i <= 5; i++) await client.PostAsJsonAsync(SignIn, new { login = account.Login, password = "Wrong-password-" + i });
            (await Answer(await client.PostAsJsonAsync(SignIn, new { login = account.Login, password = PlazaFactory.Password })))
                .ShouldStartWith("409 locked_out", customMessage: $"round {round}");
            factory.Clock.Advance(TimeSpan.FromMinutes(14));
            (await Answer(await client.PostAsJsonAsync(SignIn, new { login = account.Login, password = PlazaFactory.Password })))
                .ShouldStartWith("409 locked_out", customMessage: $"round {round}");
            factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        }
        await (await client.PostAsJsonAsync(SignIn, new { login = account.Login, password = PlazaFactory.Password })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Failures_from_many_networks_reach_a_ceiling_for_the_login_whether_or_not_it_exists()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?> { ["Identity:SignInThrottle:LoginFailureLimit"] = "8" });
        var real = (await factory.CreateAccountAsync()).Login;
        var unknown = TestData.Unique("nobody") + "@example.com";
        var client = factory.Anonymous();

        for (var i = 1; i <= 8; i++)
        {
            await SignInFrom(client, $"198.51.{100 + i}.1", real, "Wrong-password-1");
            await SignInFrom(client, $"198.51.{100 + i}.1", unknown, "Wrong-password-1");
        }

        var forReal = await Answer(await SignInFrom(client, "203.0.113.80", real, PlazaFactory.Password));
        var forUnknown = await Answer(await SignInFrom(client, "203.0.113.80", unknown, PlazaFactory.Password));
        forReal.ShouldStartWith("409 locked_out");
        forUnknown.ShouldBe(forReal);
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await (await SignInFrom(client, "203.0.113.80", real, PlazaFactory.Password)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_clears_the_failures_so_far()
    {
        await using var factory = new PlazaFactory();
        var account = await factory.CreateAccountAsync();
        var client = factory.Anonymous();

        for (var i = 1; i <= 4; i++) await client.PostAsJsonAsync(SignIn, new { login = account.Login, password = "Wrong-password-" + i });
        await (await client.PostAsJsonAsync(SignIn, new { login = account.Login, password = PlazaFactory.Password })).ShouldHaveStatus(HttpStatusCode.OK);
        for (var i = 1; i <= 4; i++)
            (await Answer(await client.PostAsJsonAsync(SignIn, new { login = account.Login, password = "Wrong-password-" + i })))
                .ShouldStartWith("409 invalid_credentials");
    }

    [Fact]
    public async Task Counts_whose_window_is_over_are_swept_away_and_live_ones_stay()
    {
        await using var factory = new PlazaFactory();
        var client = factory.Anonymous();
        await client.PostAsJsonAsync(SignIn, new { login = TestData.Unique("early") + "@example.com", password = "Wrong-password-1" });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await client.PostAsJsonAsync(SignIn, new { login = TestData.Unique("later") + "@example.com", password = "Wrong-password-1" });
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        await using var scope = factory.Db();
        (await ForgetSignInFailures.SweepAsync(scope.Db, factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None)).ShouldBe(2);
        (await scope.Db.Set<SignInFailures>().CountAsync()).ShouldBe(2); // the later login's two counts: 5 minutes to go
    }

    /// <summary>What a caller can see of an answer: status, code and words (a trace id differs on every request, so it is left out).</summary>
    internal static async Task<string> Answer(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0 || !body.TrimStart().StartsWith('{')) return $"{(int)response.StatusCode} {body}";
        var json = JsonDocument.Parse(body).RootElement;
        string? Text(string name) => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return $"{(int)response.StatusCode} {Text("code")} | {Text("detail") ?? Text("title")}";
    }

    private static Task<HttpResponseMessage> SignInFrom(HttpClient client, string address, string login, string password) =>
        client.PostAsJsonFromAsync(address, SignIn, new { login, password });
}
