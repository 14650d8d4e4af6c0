using System.Net;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Platform;

public sealed class ErrorPagesTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_missing_page_shows_people_a_friendly_404_page()
    {
        var response = await factory.Anonymous().GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }

    [Fact]
    public async Task A_missing_api_route_answers_problem_json_not_html()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_broken_rule_in_the_api_is_a_409_problem_even_though_pages_have_an_error_page()
    {
        var response = await factory.Anonymous().PostAsync("/api/v1/auth/sign-in",
            new StringContent("""{"login":"nobody@example.com","password":"whatever-123"}""", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "invalid_credentials");
    }
}

public sealed class SecurityHeadersTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Pages_forbid_inline_script_and_framing()
    {
        var response = await factory.Anonymous().GetAsync("/");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        scriptSrc.ShouldBe("script-src 'self'"); // no 'unsafe-inline': injected markup cannot run script
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }
}
