using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal static class GetProduct
{
    /// <summary>A product as one store sells it; null when the store does not list it.</summary>
    public static async Task<ProductDetail?> Load(Guid productId, Guid storeId, PlazaDb db, CancellationToken ct)
    {
        var product = await db.Set<Product>().AsNoTracking().Include(p => p.Skus).Include(p => p.Photos)
            .FirstOrDefaultAsync(p => p.Id == productId && p.IsActive, ct);
        if (product is null) return null;
        var offers = await db.Set<StoreOffer>().AsNoTracking().Where(o => o.StoreId == storeId && o.ProductId == productId && o.Listed).ToListAsync(ct);
        if (offers.Count == 0) return null;
        var category = await db.Set<Category>().AsNoTracking().Where(c => c.Id == product.CategoryId).Select(c => c.Name).FirstAsync(ct);
        var skus = product.Skus
            .Join(offers, s => s.Id, o => o.SkuId, (s, o) => new SkuView(s.Id, s.Code, s.Label, o.PriceMinor ?? s.PriceMinor, s.Currency, o.Stock, o.Stock > 0))
            .OrderBy(s => s.PriceMinor).ToList();
        return new ProductDetail(product.Id, storeId, product.Name, product.Description, product.CategoryId, category,
            product.Photos.OrderBy(p => p.Position).Select(p => p.Url).ToList(), skus);
    }

    public static async Task<Results<Ok<ProductDetail>, NotFound>> Handle(Guid id, Guid storeId, PlazaDb db, CancellationToken ct) =>
        await Load(id, storeId, db, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
}
