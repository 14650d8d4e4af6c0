using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// One paid and completed Order per sale invoice, ExternalReference "OR-" + InvoiceNo, placed at the
/// invoice time, each line priced from the file. An invoice whose reference exists is left alone.
/// </summary>
internal static class OrderImport
{
    public const string ReferencePrefix = "OR-";
    private const int BatchSize = 2_000;

    /// <summary>The orders to add, built in memory and not tracked yet (cancellations may still refund them before they are saved).</summary>
    public static async Task<List<Order>> BuildAsync(PlazaDb db, ImportPlan plan, ImportTarget target, IReadOnlyDictionary<string, SkuRef> skus,
        IReadOnlyDictionary<string, Guid> accounts, ImportSummary summary, CancellationToken ct)
    {
        var existing = (await db.Set<Order>()
                .Where(o => o.ExternalReference != null && o.ExternalReference.StartsWith(ReferencePrefix))
                .Select(o => o.ExternalReference!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);

        var planned = new List<(PlannedInvoice Invoice, List<Order.LineInput> Lines)>();
        foreach (var invoice in plan.Sales)
        {
            var lines = new List<Order.LineInput>(invoice.Lines.Count);
            foreach (var line in invoice.Lines)
            {
                if (!skus.TryGetValue(line.Code, out var sku))
                {
                    summary.Reject(RejectReason.NoDescriptionForNewProduct, line.Rows);
                    continue;
                }
                var name = line.Description.Length > 0 ? line.Description : sku.ProductName;
                lines.Add(new Order.LineInput(sku.SkuId, sku.ProductId, name.Length > 200 ? name[..200] : name, sku.Label, line.UnitPriceMinor, line.Quantity));
            }
            if (lines.Count == 0) continue;
            if (existing.Contains(invoice.ExternalReference)) summary.OrdersExisting++;
            else planned.Add((invoice, lines));
        }

        var orders = new List<Order>(planned.Count);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in planned.Chunk(BatchSize))
        {
            var built = chunk.Select(p => Unique(p.Invoice, p.Lines)).ToList();
            // Order numbers come from the random part of the id; a clash with a saved order is unlikely but possible.
            var candidates = built.Select(o => o.Number).ToList();
            var taken = (await db.Set<Order>().Where(o => candidates.Contains(o.Number)).Select(o => o.Number).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < built.Count; i++)
            {
                while (taken.Contains(built[i].Number))
                {
                    numbers.Remove(built[i].Number);
                    built[i] = Unique(chunk[i].Invoice, chunk[i].Lines);
                }
            }
            orders.AddRange(built);
        }
        return orders;

        Order Unique(PlannedInvoice invoice, List<Order.LineInput> lines)
        {
            while (true)
            {
                var order = Order.Imported(target.StoreId, accounts[CustomerImport.EmailFor(invoice.CustomerKey)], invoice.ExternalReference,
                    target.Currency, lines, invoice.PlacedAtUtc);
                if (numbers.Add(order.Number)) return order;
            }
        }
    }

    public static async Task SaveAsync(PlazaDb db, IReadOnlyList<Order> orders, ImportSummary summary, IImportProgress progress, CancellationToken ct)
    {
        var saved = 0;
        progress.Report(ImportStage.Orders, 0, orders.Count);
        foreach (var batch in orders.Chunk(BatchSize))
        {
            db.AddRange(batch);
            await ImportBatch.SaveAsync(db, ct);
            saved += batch.Length;
            summary.OrdersCreated += batch.Length;
            summary.OrderLinesCreated += batch.Sum(o => o.Lines.Count);
            progress.Report(ImportStage.Orders, saved, orders.Count);
        }
    }
}
