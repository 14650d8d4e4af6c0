using System.Net;
using System.Net.Http.Json;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Stores;

public sealed class StoreStaffTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Staff_add_a_colleague_by_login_who_can_then_run_the_store()
    {
        var store = await factory.StoreAsync();
        var manager = await factory.CreateStaffAsync(store.Id);
        var colleague = await factory.CreateAccountAsync();

        var added = await (await manager.PostAsJsonAsync($"/api/v1/stores/{store.Id}/staff", new { login = colleague.Login }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var again = await manager.PostAsJsonAsync($"/api/v1/stores/{store.Id}/staff", new { login = colleague.Login });

        added.GetProperty("accountId").GetGuid().ShouldBe(colleague.Id);
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "already_staff");
        await (await colleague.Client.GetAsync($"/api/v1/stores/{store.Id}/orders")).ShouldHaveStatus(HttpStatusCode.OK);
        var staff = await (await manager.GetAsync($"/api/v1/stores/{store.Id}/staff")).ShouldHaveStatus(HttpStatusCode.OK);
        staff.GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_shopper_cannot_see_or_change_who_works_at_a_store()
    {
        var store = await factory.StoreAsync();
        var shopper = await factory.CreateAccountAsync();

        (await shopper.Client.GetAsync($"/api/v1/stores/{store.Id}/staff")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shopper.Client.PostAsJsonAsync($"/api/v1/stores/{store.Id}/staff", new { login = shopper.Login })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shopper.Client.GetAsync($"/api/v1/stores/{store.Id}/orders")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_admin_can_staff_a_new_store_and_the_last_staff_member_stays()
    {
        var store = await factory.StoreAsync();
        var admin = await factory.CreateAdminAsync();
        var manager = await factory.CreateAccountAsync();

        await (await admin.PostAsJsonAsync($"/api/v1/stores/{store.Id}/staff", new { login = manager.Login })).ShouldHaveStatus(HttpStatusCode.Created);
        var unknown = await admin.PostAsJsonAsync($"/api/v1/stores/{store.Id}/staff", new { login = "nobody-here@example.com" });
        var removeLast = await manager.Client.DeleteAsync($"/api/v1/stores/{store.Id}/staff/{manager.Id}");

        await unknown.ShouldBeValidationProblem("login");
        await removeLast.ShouldBeProblem(HttpStatusCode.Conflict, "last_staff");
    }
}
