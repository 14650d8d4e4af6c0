using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// Store staff pin one of their store's communities as the store's own (shown on the store page);
/// pinning another unpins the first in the same transaction. A partial unique index keeps it to one.
/// </summary>
internal static class PinCommunity
{
    /// <returns>null when there is no such community or the caller is not staff of its store.</returns>
    public static async Task<Community?> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var community = await db.FindAsync<Community>([id], ct);
        if (community is null) return null;
        if (community.StoreId is null) community.PinForStore(); // throws 409 not_a_store_community
        var storeId = community.StoreId!.Value;
        if (!user.IsStaffOf(storeId)) return null;
        if (community.IsPinned) return community;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<Community>().Where(c => c.StoreId == storeId && c.IsPinned && c.Id != id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPinned, false), ct);
        community.PinForStore();
        await db.SaveOrConflictAsync("pin_conflict", "Someone pinned another community for this store at the same moment. Reload and try again.", ct);
        await tx.CommitAsync(ct);
        return community;
    }

    public static async Task<Results<Ok<CommunityView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(id, user, db, ct) is { } c ? TypedResults.Ok(CommunityView.From(c)) : TypedResults.NotFound();
}
