using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal sealed class CatalogOffers(PlazaDb db) : ICatalogOffers
{
    public async Task<IReadOnlyDictionary<Guid, SkuOffer>> Offers(Guid storeId, IReadOnlyCollection<Guid> skuIds, CancellationToken ct)
    {
        var ids = skuIds.Distinct().ToList();
        var rows = await (
            from o in db.Set<StoreOffer>().AsNoTracking()
            join s in db.Set<Sku>() on o.SkuId equals s.Id
            join p in db.Set<Product>() on s.ProductId equals p.Id
            where o.StoreId == storeId && ids.Contains(o.SkuId)
            select new
            {
                s.Id, ProductId = p.Id, p.Name, s.Label, Price = o.PriceMinor ?? s.PriceMinor, s.Currency, o.Stock, Available = o.Listed && p.IsActive,
                p.CategoryId, Photo = p.Photos.OrderBy(f => f.Position).Select(f => f.FileName).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new SkuOffer(r.Id, r.ProductId, r.Name, r.Label, r.Price, r.Currency, r.Stock, r.Available,
            r.Photo is null ? null : "/media/photos/" + r.Photo, r.CategoryId));
    }
}
