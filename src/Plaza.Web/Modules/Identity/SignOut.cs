using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

internal static class SignOut
{
    /// <summary>Deletes the current session row: the token stops working on every node at once.</summary>
    public static async Task Execute(ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (Guid.TryParse(user.FindFirstValue(AuthSchemes.SessionIdClaim), out var sid))
            await db.Set<Session>().Where(s => s.Id == sid).ExecuteDeleteAsync(ct);
    }

    public static async Task<NoContent> Handle(ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        await Execute(user, db, ct);
        return TypedResults.NoContent();
    }
}
