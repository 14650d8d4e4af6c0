using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;

namespace Plaza.IntegrationTests.Identity;

public sealed class AdminTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Admin_endpoints_are_403_for_a_shopper()
    {
        var shopper = await factory.CreateAccountAsync();

        await (await shopper.Client.GetAsync("/api/v1/admin/accounts")).ShouldHaveStatus(HttpStatusCode.Forbidden);
        await (await shopper.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{shopper.Id}/roles", new { role = "admin" }))
            .ShouldHaveStatus(HttpStatusCode.Forbidden);

        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().AsNoTracking().SingleAsync(a => a.Id == shopper.Id)).Roles.ShouldBe(["shopper"]);
    }

    [Fact]
    public async Task Admin_endpoints_are_401_without_a_token()
    {
        await (await factory.Anonymous().GetAsync("/api/v1/admin/accounts")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_can_grant_a_role_and_it_is_stored()
    {
        var admin = await factory.CreateAdminAsync();
        var shopper = await factory.CreateAccountAsync();

        var response = await admin.PostAsJsonAsync($"/api/v1/admin/accounts/{shopper.Id}/roles", new { role = "moderator" });

        var body = await response.ShouldHaveStatus(HttpStatusCode.OK);
        body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["shopper", "moderator"], ignoreOrder: true);
        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().AsNoTracking().SingleAsync(a => a.Id == shopper.Id)).Roles.ShouldContain("moderator");
    }

    [Fact]
    public async Task Granting_an_unknown_role_is_a_400_naming_role()
    {
        var admin = await factory.CreateAdminAsync();
        var shopper = await factory.CreateAccountAsync();

        var response = await admin.PostAsJsonAsync($"/api/v1/admin/accounts/{shopper.Id}/roles", new { role = "emperor" });

        await response.ShouldBeValidationProblem("role");
    }

    [Fact]
    public async Task Granting_a_role_to_an_unknown_account_is_404()
    {
        var admin = await factory.CreateAdminAsync();

        await (await admin.PostAsJsonAsync($"/api/v1/admin/accounts/{Guid.NewGuid()}/roles", new { role = "moderator" }))
            .ShouldHaveStatus(HttpStatusCode.NotFound);
    }
}
