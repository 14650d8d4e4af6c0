using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal sealed class ProductSummaries(PlazaDb db) : IProductSummaries
{
    public async Task<ProductSummary?> Find(Guid storeId, Guid productId, CancellationToken ct) =>
        await GetProduct.Load(productId, storeId, db, ct) is { Skus.Count: > 0 } p
            ? new ProductSummary(p.Id, storeId, p.Name, p.Skus[0].PriceMinor, p.Skus[0].Currency, p.PhotoUrls.FirstOrDefault())
            : null;
}
