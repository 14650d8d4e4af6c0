using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal sealed class ProductSummaries(PlazaDb db, DatabaseInfo info) : IProductSummaries
{
    public async Task<ProductSummary?> Find(Guid storeId, Guid productId, CancellationToken ct) =>
        await GetProduct.Load(productId, storeId, db, ct) is { Skus.Count: > 0 } p
            ? new ProductSummary(p.Id, storeId, p.Name, p.Skus[0].PriceMinor, p.Skus[0].Currency, p.PhotoUrls is [var photo, ..] ? photo : null)
            : null;

    public async Task<IReadOnlyList<ProductSummary>> Search(Guid storeId, string words, int max, CancellationToken ct)
    {
        var q = (words ?? "").Trim();
        if (q.Length > 200) q = q[..200];
        var outcome = await SearchProducts.Execute(new SearchProducts.Query(storeId, q, null, null, null, null, 1, Math.Clamp(max, 1, 100)), db, info, ct);
        return outcome.Ok
            ? outcome.Value!.Items.Select(c => new ProductSummary(c.Id, storeId, c.Name, c.FromPriceMinor, c.Currency, c.PhotoUrl)).ToList()
            : [];
    }
}
