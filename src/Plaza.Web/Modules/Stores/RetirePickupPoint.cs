using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Stores;

/// <summary>Staff retire one of their store's pickup points.</summary>
internal static class RetirePickupPoint
{
    /// <summary>Retires a pickup point; false when the user is not staff of the store or it does not exist.</summary>
    public static async Task<bool> Execute(Guid storeId, Guid pointId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return false;
        var store = await db.Set<Store>().Include(s => s.PickupPoints).FirstOrDefaultAsync(s => s.Id == storeId, ct);
        if (store is null) return false;
        store.RetirePickupPoint(pointId);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, Guid pointId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(id, pointId, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
