using System.Net;
using System.Text.Json;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Platform;

public sealed class PlatformTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_200(string path)
    {
        var response = await factory.Anonymous().GetAsync(path);

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_site_has_an_icon_and_a_manifest_so_a_phone_can_install_it()
    {
        var client = factory.Anonymous();
        var favicon = await client.GetAsync("/favicon.ico");
        favicon.StatusCode.ShouldBe(HttpStatusCode.OK);
        favicon.Content.Headers.ContentType!.MediaType.ShouldBe("image/x-icon");

        var manifest = await client.GetAsync("/manifest.webmanifest");
        manifest.StatusCode.ShouldBe(HttpStatusCode.OK);
        manifest.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        using var doc = JsonDocument.Parse(await manifest.Content.ReadAsStringAsync());
        var icons = doc.RootElement.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).Distinct().ToList();
        icons.ShouldContain("/icons/icon-512.png");
        foreach (var icon in icons) (await client.GetAsync(icon)).StatusCode.ShouldBe(HttpStatusCode.OK, icon);
        (await client.GetStringAsync("/")).ShouldContain("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
    }

    [Fact]
    public async Task The_OpenAPI_document_is_version_3_1_with_the_bearer_scheme_and_the_main_paths()
    {
        var response = await factory.Anonymous().GetAsync("/openapi/v1.json");

        var doc = await response.ShouldHaveStatus(HttpStatusCode.OK);
        doc.GetProperty("openapi").GetString().ShouldStartWith("3.1");
        var bearer = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        bearer.GetProperty("type").GetString().ShouldBe("http");
        bearer.GetProperty("scheme").GetString().ShouldBe("bearer");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/auth/sign-in");
        paths.ShouldContain("/api/v1/stores");
        paths.ShouldContain("/api/v1/products");
        foreach (var group in new[] { "/api/v1/cart", "/api/v1/orders", "/api/v1/payments", "/api/v1/price-quotes" })
            paths.ShouldContain(p => p.StartsWith(group, StringComparison.Ordinal), $"no {group} path");
    }

    [Fact]
    public async Task The_OpenAPI_document_has_every_social_commerce_API_a_client_needs()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var group in new[] { "/api/v1/group-buys", "/api/v1/leaders", "/api/v1/campaigns", "/api/v1/referrals", "/api/v1/points",
                     "/api/v1/memberships", "/api/v1/coupons", "/api/v1/flash-sales", "/api/v1/bargains" })
            paths.ShouldContain(p => p.StartsWith(group, StringComparison.Ordinal), $"no {group} path");
    }

    [Fact]
    public async Task The_OpenAPI_document_has_every_community_API_a_client_needs()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var group in new[] { "/api/v1/communities", "/api/v1/notes", "/api/v1/reviews", "/api/v1/feed", "/api/v1/follows",
                     "/api/v1/notifications", "/api/v1/reports", "/api/v1/share-links", "/api/v1/me/export" })
            paths.ShouldContain(p => p.StartsWith(group, StringComparison.Ordinal), $"no {group} path");
    }

    [Fact]
    public async Task Every_operation_in_the_OpenAPI_document_has_an_operationId_of_its_own()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var operations = (
            from path in doc.GetProperty("paths").EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where HttpMethods.Contains(operation.Name)
            select (Operation: $"{operation.Name.ToUpperInvariant()} {path.Name}",
                Id: operation.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToList();
        operations.Count.ShouldBeGreaterThan(100);

        operations.Where(o => string.IsNullOrEmpty(o.Id)).Select(o => o.Operation).ShouldBeEmpty("operations without an operationId (.WithName)");
        operations.Where(o => o.Id is { Length: > 0 } name && !char.IsUpper(name[0])).Select(o => $"{o.Operation}: {o.Id}")
            .ShouldBeEmpty("operationIds are PascalCase, like PlaceOrder");
        operations.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(o => o.Operation))}")
            .ShouldBeEmpty("operationIds used by more than one operation");
    }

    private static readonly HashSet<string> HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public async Task Only_operations_that_need_a_signed_in_caller_ask_for_the_bearer_token()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        bool Secured(string path, string method) =>
            doc.GetProperty("paths").GetProperty(path).GetProperty(method).TryGetProperty("security", out var s) && s.GetArrayLength() > 0;

        Secured("/api/v1/orders", "post").ShouldBeTrue();
        Secured("/api/v1/cart", "get").ShouldBeTrue();
        Secured("/api/v1/auth/sign-in", "post").ShouldBeFalse();
        Secured("/api/v1/products", "get").ShouldBeFalse();
    }

    [Fact]
    public async Task The_API_docs_page_serves_HTML()
    {
        var response = await factory.Anonymous().GetAsync("/api-docs");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui", Case.Insensitive);
    }

    [Fact]
    public async Task An_unknown_API_route_is_a_404_ProblemDetails()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/no-such-thing");

        var problem = await response.ShouldHaveStatus(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        problem.ValueKind.ShouldBe(JsonValueKind.Object);
        problem.GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Fact]
    public async Task The_app_migrates_its_database_at_start_up()
    {
        await using var scope = factory.Db();
        var migrator = scope.Get<Plaza.Web.Platform.Data.SchemaMigrator>();

        (await migrator.MigrateAsync(scope.Db)).ShouldBe(0, "start-up should already have applied every migration");
        migrator.Scripts.Count.ShouldBeGreaterThanOrEqualTo(2);
    }
}
