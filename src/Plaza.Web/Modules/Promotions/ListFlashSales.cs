using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

/// <summary>A store's running and upcoming flash sales, for shoppers; staff also see the ended ones.</summary>
internal static class ListFlashSales
{
    /// <summary>The store's flash sales that have not ended (running first, then upcoming), or, for staff, also the ended ones.</summary>
    public static async Task<IReadOnlyList<FlashSale>> OfStore(Guid storeId, bool includeEnded, PlazaDb db, DateTime now, CancellationToken ct) =>
        await db.Set<FlashSale>().AsNoTracking().Where(s => s.StoreId == storeId && (includeEnded || s.EndsAtUtc > now))
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.EndsAtUtc).Take(200).ToListAsync(ct);

    /// <summary>The sale that runs now (or starts soonest) for one of the product's SKUs at the store, for the product page.</summary>
    public static async Task<IReadOnlyList<FlashSale>> ForProduct(Guid storeId, Guid productId, PlazaDb db, DateTime now, CancellationToken ct) =>
        await db.Set<FlashSale>().AsNoTracking().Where(s => s.StoreId == storeId && s.ProductId == productId && s.EndsAtUtc > now)
            .OrderBy(s => s.StartsAtUtc).Take(5).ToListAsync(ct);

    public static async Task<Ok<IReadOnlyList<FlashSaleView>>> Handle(Guid storeId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok<IReadOnlyList<FlashSaleView>>((await OfStore(storeId, false, db, now, ct)).Select(s => FlashSaleView.From(s, now)).ToList());
    }
}
