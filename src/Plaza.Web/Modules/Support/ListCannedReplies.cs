using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>A store's saved replies as written (variables unfilled), by title, for the store's people to manage.</summary>
internal static class ListCannedReplies
{
    /// <summary>By title in the reader's language (both databases sort text differently, so it is sorted here; a store has at most 100).</summary>
    public static async Task<IReadOnlyList<CannedReply>> Execute(Guid storeId, PlazaDb db, CancellationToken ct) =>
        (await db.Set<CannedReply>().AsNoTracking().Where(r => r.StoreId == storeId).ToListAsync(ct))
            .OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.CreatedAtUtc).ToList();

    public static async Task<Results<Ok<IReadOnlyList<CannedReplyView>>, NotFound>> Handle(Guid storeId, ClaimsPrincipal user, PlazaDb db,
        CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return TypedResults.NotFound();
        return TypedResults.Ok<IReadOnlyList<CannedReplyView>>((await Execute(storeId, db, ct)).Select(CannedReplyView.From).ToList());
    }
}
