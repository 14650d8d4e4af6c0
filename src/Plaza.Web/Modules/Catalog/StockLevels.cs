using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal sealed class StockLevels(PlazaDb db) : IStockLevels
{
    public async Task<IReadOnlyList<LowStockItem>> Low(Guid storeId, int threshold, CancellationToken ct) =>
        await (from o in db.Set<StoreOffer>().AsNoTracking()
               join s in db.Set<Sku>() on o.SkuId equals s.Id
               join p in db.Set<Product>() on s.ProductId equals p.Id
               where o.StoreId == storeId && o.Listed && o.Stock <= threshold
               orderby o.Stock, p.Name
               select new LowStockItem(p.Id, s.Id, p.Name, s.Label, o.Stock)).Take(50).ToListAsync(ct);
}
