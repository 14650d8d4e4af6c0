using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Platform.Auth;

namespace Plaza.IntegrationTests.Moderation;

/// <summary>What the moderation tests arrange again and again: a moderator, a note to comment on.</summary>
internal static class ModerationTestData
{
    /// <summary>An account granted the moderator role directly in the database.</summary>
    public static async Task<TestAccount> CreateModeratorAsync(this PlazaFactory factory)
    {
        var account = await factory.CreateAccountAsync(displayName: "Test Moderator");
        await using var scope = factory.Db();
        (await scope.Db.Set<Account>().SingleAsync(a => a.Id == account.Id)).GrantRole(Roles.Moderator);
        await scope.Db.SaveChangesAsync();
        return account;
    }

    /// <summary>A published note by <paramref name="author"/>; its id.</summary>
    public static async Task<Guid> NoteAsync(HttpClient author) =>
        (await (await author.PostAsJsonAsync("/api/v1/notes", new { title = "Market day", body = "Lovely plums at the corner." }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
