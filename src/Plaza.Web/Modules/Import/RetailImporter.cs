using System.Diagnostics;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// Imports the UCI Online Retail CSV into one store: products, customers, orders and cancellations.
/// Reads and checks the whole file first (<see cref="ImportPlan"/>), then writes in batches. Running it
/// again with the same file adds nothing: products are found by SKU code in the merchant, customers
/// by login, orders by ExternalReference and cancellations by the note they left in the order history.
/// This is a data-loading tool: unlike a use case it works with the entities of several modules directly.
/// </summary>
internal sealed class RetailImporter(PlazaDb db, TimeProvider clock)
{
    public async Task<ImportSummary> ImportAsync(string csvGzPath, Guid? storeId, IImportProgress progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // The store first: a wrong --store fails before the file is read.
            var target = await ImportTarget.ResolveAsync(db, storeId, now, ct);
            ImportPlan plan;
            await using (var file = new FileStream(csvGzPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                var length = file.Length;
                plan = ImportPlan.Build(RetailCsvReader.Read(file, read => progress.Report(ImportStage.Reading, read, length)));
            }
            var summary = new ImportSummary { RowsRead = plan.RowsRead, StoreId = target.StoreId, StoreName = target.StoreName };
            foreach (var (reason, rows) in plan.Rejected) summary.Reject(reason, rows);

            var skus = await CatalogImport.RunAsync(db, plan, target, summary, progress, now, ct);
            var accounts = await CustomerImport.RunAsync(db, plan, summary, progress, now, ct);
            var orders = await OrderImport.BuildAsync(db, plan, target, skus, accounts, summary, ct);
            var pending = await CancellationImport.MatchAsync(db, plan, orders, skus, accounts, summary, progress, ct);
            await OrderImport.SaveAsync(db, orders, summary, progress, ct);
            await CancellationImport.ApplyAsync(db, pending, ct);
            summary.Elapsed = watch.Elapsed;
            return summary;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
