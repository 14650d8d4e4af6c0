using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

/// <summary>Store staff end a flash sale early: nothing more sells at its price from now on (the shared <see cref="SkuDeals"/> kit).</summary>
internal static class EndFlashSale
{
    /// <returns>null when there is no such sale or the user is not staff at its store.</returns>
    public static Task<FlashSale?> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.End<FlashSale>(id, user, db, clock, ct, storeId);

    public static async Task<Results<Ok<FlashSaleView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        SkuDeals.OkOrNotFound(await Execute(id, user, db, clock, ct), s => FlashSaleView.From(s, clock.GetUtcNow().UtcDateTime));
}
