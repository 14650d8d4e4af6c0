using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>The store's people delete a saved reply; what was already sent with it stays in its conversations.</summary>
internal static class DeleteCannedReply
{
    /// <returns>false when the caller is not one of the store's people, or the store has no such reply.</returns>
    public static async Task<bool> Execute(Guid storeId, Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        user.IsStaffOf(storeId) && await db.Set<CannedReply>().Where(r => r.Id == id && r.StoreId == storeId).ExecuteDeleteAsync(ct) > 0;

    public static async Task<Results<NoContent, NotFound>> Handle(Guid storeId, Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(storeId, id, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
