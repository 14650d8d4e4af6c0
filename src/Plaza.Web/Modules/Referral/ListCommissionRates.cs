using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>A store's commission rates, for its staff.</summary>
internal static class ListCommissionRates
{
    public static async Task<IReadOnlyList<CommissionRate>?> Execute(Guid storeId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        !user.IsStaffOf(storeId) ? null
        : await db.Set<CommissionRate>().AsNoTracking().Where(r => r.StoreId == storeId).OrderBy(r => r.Scope).ThenBy(r => r.UpdatedAtUtc).ToListAsync(ct);

    public static async Task<Results<Ok<List<RateView>>, NotFound>> Handle(Guid storeId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(storeId, user, db, ct) is { } rates ? TypedResults.Ok(rates.Select(RateView.From).ToList()) : TypedResults.NotFound();
}
