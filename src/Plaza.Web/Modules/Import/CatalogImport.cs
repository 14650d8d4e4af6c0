using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Import;

/// <summary>The SKU an imported StockCode maps to.</summary>
internal sealed record SkuRef(Guid SkuId, Guid ProductId, string ProductName, string Label);

/// <summary>
/// One product with one "Single" SKU per StockCode, in the "imported" category, listed in the target
/// store. A StockCode the merchant already has (any product, any category) is reused, never duplicated.
/// </summary>
internal static class CatalogImport
{
    public const string SkuLabel = "Single";
    public const int OpeningStock = 100;
    private const int BatchSize = 2_000;
    private const int MaxNameLength = 200;

    /// <returns>StockCode → SKU for every code of the plan that exists now; codes missing here have no description to name a new product.</returns>
    public static async Task<Dictionary<string, SkuRef>> RunAsync(PlazaDb db, ImportPlan plan, ImportTarget target, ImportSummary summary,
        IImportProgress progress, DateTime now, CancellationToken ct)
    {
        var known = await (
            from s in db.Set<Sku>()
            join p in db.Set<Product>() on s.ProductId equals p.Id
            where p.MerchantId == target.MerchantId
            select new { s.Code, s.Id, s.ProductId, p.Name, s.Label }).AsNoTracking().ToListAsync(ct);
        var skus = new Dictionary<string, SkuRef>(StringComparer.Ordinal);
        foreach (var s in known) skus.TryAdd(s.Code, new SkuRef(s.Id, s.ProductId, s.Name, s.Label));

        var offered = (await db.Set<StoreOffer>().Where(o => o.StoreId == target.StoreId).Select(o => o.SkuId).ToListAsync(ct)).ToHashSet();

        var done = 0;
        var pending = 0;
        foreach (var planned in plan.Products.Values.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            progress.Report(ImportStage.Products, ++done, plan.Products.Count);
            if (skus.TryGetValue(planned.Code, out var sku))
            {
                summary.ProductsExisting++;
            }
            else if (planned.Name.Length == 0)
            {
                continue; // its rows are rejected when the orders are built
            }
            else
            {
                var name = planned.Name.Length > MaxNameLength ? planned.Name[..MaxNameLength] : planned.Name;
                var product = Product.Create(target.MerchantId, target.CategoryId, name, "", now);
                var created = product.AddSku(planned.Code, SkuLabel, planned.PriceMinor, target.Currency);
                db.Add(product);
                pending++;
                sku = new SkuRef(created.Id, product.Id, product.Name, created.Label);
                skus.Add(planned.Code, sku);
                summary.ProductsCreated++;
            }
            if (offered.Add(sku.SkuId))
            {
                db.Add(StoreOffer.Create(target.StoreId, sku.SkuId, sku.ProductId, OpeningStock));
                summary.OffersCreated++;
                pending++;
            }
            if (pending >= BatchSize)
            {
                await ImportBatch.SaveAsync(db, ct);
                pending = 0;
            }
        }
        await ImportBatch.SaveAsync(db, ct);
        return skus;
    }
}
