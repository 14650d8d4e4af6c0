using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>A store's staff remove one of its commission rates (a category's or a product's, or the default).</summary>
internal static class RemoveCommissionRate
{
    /// <returns>false when there was no such rate at this store (or the caller is not its staff).</returns>
    public static async Task<bool> Execute(Guid storeId, Guid rateId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        user.IsStaffOf(storeId) && await db.Set<CommissionRate>().Where(r => r.Id == rateId && r.StoreId == storeId).ExecuteDeleteAsync(ct) > 0;

    public static async Task<Results<NoContent, NotFound>> Handle(Guid storeId, Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(storeId, id, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
