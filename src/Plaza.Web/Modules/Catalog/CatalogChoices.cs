using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal sealed class CatalogChoices(PlazaDb db) : ICatalogChoices
{
    public async Task<IReadOnlyList<CatalogChoice>> Categories(CancellationToken ct) =>
        await db.Set<Category>().AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).Select(c => new CatalogChoice(c.Id, c.Name)).ToListAsync(ct);

    public async Task<IReadOnlyList<CatalogChoice>> Products(Guid storeId, CancellationToken ct) =>
        await (from p in db.Set<Product>().AsNoTracking()
               where db.Set<StoreOffer>().Any(o => o.StoreId == storeId && db.Set<Sku>().Any(s => s.Id == o.SkuId && s.ProductId == p.Id))
               orderby p.Name
               select new CatalogChoice(p.Id, p.Name)).Take(500).ToListAsync(ct);

    public async Task<IReadOnlyList<ListedSku>> ListedSkus(Guid storeId, int max, CancellationToken ct) =>
        await (from o in db.Set<StoreOffer>().AsNoTracking()
               join s in db.Set<Sku>() on o.SkuId equals s.Id
               join p in db.Set<Product>() on s.ProductId equals p.Id
               where o.StoreId == storeId && o.Listed && p.IsActive
               orderby p.Name, s.Label
               select new ListedSku(s.Id, p.Id, p.Name, s.Label, o.PriceMinor ?? s.PriceMinor, s.Currency)).Take(max).ToListAsync(ct);
}
