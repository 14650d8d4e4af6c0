using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>Store staff end a bargain deal early: nothing new begins from now on, what began runs on.</summary>
internal static class EndBargainDeal
{
    /// <returns>null when there is no such deal or the user is not staff at its store.</returns>
    public static Task<BargainDeal?> Execute(Guid dealId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.End<BargainDeal>(dealId, user, db, clock, ct, storeId);

    public static async Task<Results<Ok<BargainDealView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        SkuDeals.OkOrNotFound(await Execute(id, user, db, clock, ct), d => BargainDealView.From(d, clock.GetUtcNow().UtcDateTime));
}
