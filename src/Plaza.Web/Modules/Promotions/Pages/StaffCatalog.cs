using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>What the staff promotion forms offer to choose from: the store's listed SKUs, its products and the categories.</summary>
internal static class StaffCatalog
{
    public sealed record SkuChoice(Guid SkuId, Guid ProductId, Guid CategoryId, string Label, long PriceMinor, string Currency);

    public static async Task<IReadOnlyList<SkuChoice>> Skus(PlazaDb db, Guid storeId, CancellationToken ct)
    {
        var rows = await (from o in db.Set<StoreOffer>().AsNoTracking()
                          join s in db.Set<Sku>().AsNoTracking() on o.SkuId equals s.Id
                          join p in db.Set<Product>().AsNoTracking() on o.ProductId equals p.Id
                          where o.StoreId == storeId && o.Listed && p.IsActive
                          orderby p.Name, s.Label
                          select new { o.SkuId, o.ProductId, p.CategoryId, Product = p.Name, s.Label, Price = o.PriceMinor ?? s.PriceMinor, s.Currency })
            .Take(500).ToListAsync(ct);
        return rows.Select(r => new SkuChoice(r.SkuId, r.ProductId, r.CategoryId,
            string.IsNullOrWhiteSpace(r.Label) || r.Label == r.Product ? r.Product : $"{r.Product} ({r.Label})", r.Price, r.Currency)).ToList();
    }

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> Categories(PlazaDb db, CancellationToken ct) =>
        (await db.Set<Category>().AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).ToList();
}
