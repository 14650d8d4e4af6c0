using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Platform.Auth;

namespace Plaza.IntegrationTests.Moderation;

public sealed class NoteModerationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_reported_note_removed_by_a_moderator_is_gone_for_everyone()
    {
        var author = await factory.CreateShopperAsync();
        var note = await (await author.PostAsJsonAsync("/api/v1/notes", new { title = "Market day", body = "Lovely plums at the corner." }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var id = note.GetProperty("id").GetGuid();
        var reader = await factory.CreateShopperAsync();
        await (await reader.PostAsJsonAsync("/api/v1/reports", new { kind = "note", id, reason = "misleading" })).ShouldHaveStatus(HttpStatusCode.Created);
        var moderator = await factory.CreateAccountAsync(displayName: "Test Moderator");
        await using (var scope = factory.Db())
        {
            (await scope.Db.Set<Account>().SingleAsync(a => a.Id == moderator.Id)).GrantRole(Roles.Moderator);
            await scope.Db.SaveChangesAsync();
        }

        var queue = await (await moderator.Client.GetAsync("/api/v1/moderation/queue")).ShouldHaveStatus(HttpStatusCode.OK);
        queue.ToString().ShouldContain(id.ToString());
        await (await moderator.Client.PostAsJsonAsync($"/api/v1/moderation/items/note/{id}/remove",
            new { reason = "Not a shopping experience" })).ShouldHaveStatus(HttpStatusCode.OK);

        (await reader.GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await author.GetAsync($"/api/v1/notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
