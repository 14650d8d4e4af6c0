using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Stores;

/// <summary>
/// A store's staff (or an admin) remove a colleague; a store always keeps at least one staff member so it can still
/// be run.
/// </summary>
internal static class RemoveStoreStaff
{
    /// <returns>false when the user may not manage the store or the person is not its staff.</returns>
    public static async Task<bool> Execute(Guid storeId, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!StoreStaffAccess.MayManage(user, storeId)) return false;
        var member = await db.Set<StoreStaff>().FirstOrDefaultAsync(s => s.StoreId == storeId && s.AccountId == accountId, ct);
        if (member is null) return false;
        if (await db.Set<StoreStaff>().CountAsync(s => s.StoreId == storeId, ct) == 1)
            throw new DomainException("last_staff", "A store keeps at least one staff member.");
        db.Remove(member);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(id, accountId, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
