using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Platform;

/// <summary>
/// Plaza behind nginx: the client's address and scheme come from X-Forwarded-* only when a known proxy sends them; the sign-in
/// limit counts attempts, not page views; HTTPS responses carry HSTS and Secure cookies; personal data is never cached.
/// </summary>
public sealed partial class ProxyAndCachingTests
{
    [Fact]
    public async Task Viewing_the_sign_in_and_register_pages_does_not_count_toward_the_sign_in_limit()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?> { ["RateLimits:AuthPerMinute"] = "3" });
        var client = factory.Anonymous();

        for (var i = 0; i < 6; i++)
        {
            await (await client.GetAsync("/account/sign-in")).ShouldHaveStatus(HttpStatusCode.OK);
            await (await client.GetAsync("/account/register")).ShouldHaveStatus(HttpStatusCode.OK);
        }
        for (var i = 0; i < 3; i++)
            (await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { login = "nobody@example.com", password = "Wrong-password-1" }))
                .StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        await (await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { login = "nobody@example.com", password = "Wrong-password-1" }))
            .ShouldHaveStatus(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_client_address_has_a_sign_in_limit_of_its_own()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?> { ["RateLimits:AuthPerMinute"] = "2" });
        var client = factory.Anonymous();

        for (var i = 0; i < 2; i++)
            (await SignInFrom(client, "198.51.100.1")).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        await (await SignInFrom(client, "198.51.100.1")).ShouldHaveStatus(HttpStatusCode.TooManyRequests);

        (await SignInFrom(client, "198.51.100.2")).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_client_that_is_not_a_known_proxy_cannot_choose_its_address_with_X_Forwarded_For()
    {
        await using var factory = new PlazaFactory(
            new Dictionary<string, string?> { ["RateLimits:AuthPerMinute"] = "2", ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1" },
            services => services.AddSingleton<IStartupFilter>(new ClientAddress(IPAddress.Parse("203.0.113.9"))));
        var client = factory.Anonymous();

        (await SignInFrom(client, "198.51.100.1")).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        (await SignInFrom(client, "198.51.100.2")).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        await (await SignInFrom(client, "198.51.100.3")).ShouldHaveStatus(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Behind_an_HTTPS_proxy_cookies_are_Secure_and_HSTS_is_sent_outside_Development()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Messaging:Provider"] = "development",
        });
        var account = await factory.CreateAccountAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
            { BaseAddress = new Uri("http://plaza.example"), AllowAutoRedirect = false, HandleCookies = false });

        var page = await Https(client, HttpMethod.Get, "/account/sign-in");
        await page.ShouldHaveStatus(HttpStatusCode.OK);
        page.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        antiforgery.ShouldContain("secure", Case.Insensitive);

        var signIn = await Https(client, HttpMethod.Post, "/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Login"] = account.Login,
            ["Input.Password"] = PlazaFactory.Password,
            ["__RequestVerificationToken"] = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value,
        }), cookie: antiforgery.Split(';')[0]);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("plaza_session=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
        var culture = await Https(client, HttpMethod.Post, "/culture?culture=es&returnUrl=/");
        culture.Headers.GetValues("Set-Cookie").Single().ShouldContain("secure", Case.Insensitive);
    }

    [Fact]
    public async Task Over_plain_HTTP_in_Development_there_is_no_HSTS_and_the_session_cookie_is_not_Secure()
    {
        await using var factory = new PlazaFactory();
        var page = await factory.Anonymous().GetAsync("/account/sign-in");

        await page.ShouldHaveStatus(HttpStatusCode.OK);
        page.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\u0001evil")]
    public async Task Choosing_a_language_with_a_return_address_off_the_site_goes_home_instead_of_failing(string returnUrl)
    {
        await using var factory = new PlazaFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/culture?culture=es&returnUrl=" + Uri.EscapeDataString(returnUrl), null);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Choosing_a_language_returns_to_a_page_on_the_site()
    {
        await using var factory = new PlazaFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/culture?culture=es&returnUrl=" + Uri.EscapeDataString("/stores?q=a"), null);

        response.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe("/stores?q=a");
    }

    [Theory]
    [InlineData("/api/v1/me/export")]
    [InlineData("/api/v1/auth/me")]
    public async Task Personal_data_from_the_API_is_sent_with_Cache_Control_no_store(string path)
    {
        await using var factory = new PlazaFactory();
        var account = await factory.CreateAccountAsync();

        var response = await account.Client.GetAsync(path);

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull("no Cache-Control").NoStore.ShouldBeTrue($"Cache-Control was '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task A_signed_in_persons_account_page_is_sent_with_Cache_Control_no_store()
    {
        await using var factory = new PlazaFactory();
        var account = await factory.CreateAccountAsync();
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", "plaza_session=" + account.Token);

        var response = await browser.SendAsync(request);

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull("no Cache-Control").NoStore.ShouldBeTrue();
    }

    private static Task<HttpResponseMessage> SignInFrom(HttpClient client, string address) =>
        client.PostAsJsonFromAsync(address, "/api/v1/auth/sign-in", new { login = "nobody@example.com", password = "Wrong-password-1" });

    private static async Task<HttpResponseMessage> Https(HttpClient client, HttpMethod method, string path, HttpContent? content = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Forwarded-For", "198.51.100.20");
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
