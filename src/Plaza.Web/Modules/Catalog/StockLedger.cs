using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

/// <summary>
/// UPDATE store_offers SET stock = stock - n WHERE ... AND stock >= n: the database decides, so
/// stock never goes below zero however many buyers arrive at once, on one node or many.
/// </summary>
internal sealed class StockLedger(PlazaDb db) : IStock
{
    public async Task<bool> TryReserve(Guid storeId, Guid skuId, int quantity, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var rows = await db.Set<StoreOffer>()
            .Where(o => o.StoreId == storeId && o.SkuId == skuId && o.Listed && o.Stock >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Stock, o => o.Stock - quantity), ct);
        return rows == 1;
    }

    public async Task Release(Guid storeId, Guid skuId, int quantity, CancellationToken ct)
    {
        if (quantity <= 0) return;
        await db.Set<StoreOffer>()
            .Where(o => o.StoreId == storeId && o.SkuId == skuId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Stock, o => o.Stock + quantity), ct);
    }

    /// <summary>A staff adjustment (delivery received, breakage): may not take stock below zero.</summary>
    public async Task<bool> Adjust(Guid storeId, Guid skuId, int delta, CancellationToken ct)
    {
        var rows = await db.Set<StoreOffer>()
            .Where(o => o.StoreId == storeId && o.SkuId == skuId && o.Stock + delta >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Stock, o => o.Stock + delta), ct);
        return rows == 1;
    }
}
