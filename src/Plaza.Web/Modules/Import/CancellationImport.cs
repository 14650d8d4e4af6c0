using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Import;

/// <summary>A refund to write into an order saved by an earlier run.</summary>
internal sealed record PendingCancellation(Guid OrderId, Guid SkuId, int Quantity, DateTime AtUtc, string Reference);

/// <summary>
/// Each cancelled line (one StockCode of one C-invoice) refunds the customer's most recent imported
/// order placed at or before the cancellation that still has that many of the SKU not refunded.
/// Order.ImportCancellation writes "Imported cancellation OR-C536379:22556" into the order's history;
/// that note is how a later run knows the line was applied, so no table is needed for it.
/// </summary>
internal static class CancellationImport
{
    public const string NotePrefix = "Imported cancellation ";
    private const int BatchSize = 500;

    private sealed class Candidate(Guid orderId, DateTime placedAtUtc, Order? unsaved)
    {
        public Guid OrderId { get; } = orderId;
        public DateTime PlacedAtUtc { get; } = placedAtUtc;
        /// <summary>Built by this run and not saved yet: refunded in memory.</summary>
        public Order? Unsaved { get; } = unsaved;
        public Dictionary<Guid, int> Remaining { get; } = [];
    }

    /// <summary>Refunds new orders in memory and returns what must be refunded in saved ones.</summary>
    public static async Task<List<PendingCancellation>> MatchAsync(PlazaDb db, ImportPlan plan, IReadOnlyList<Order> newOrders,
        IReadOnlyDictionary<string, SkuRef> skus, IReadOnlyDictionary<string, Guid> accounts, ImportSummary summary, IImportProgress progress,
        CancellationToken ct)
    {
        var pending = new List<PendingCancellation>();
        var total = plan.Cancellations.Sum(c => c.Lines.Count);
        if (total == 0) return pending;

        var applied = (await db.Set<OrderStatusChange>()
                .Where(h => h.Note != null && h.Note.StartsWith(NotePrefix + OrderImport.ReferencePrefix))
                .Select(h => h.Note!).ToListAsync(ct))
            .Select(n => n[NotePrefix.Length..]).ToHashSet(StringComparer.Ordinal);

        var customers = plan.Cancellations.Where(c => c.CustomerKey is not null)
            .Select(c => accounts.GetValueOrDefault(CustomerImport.EmailFor(c.CustomerKey))).Where(id => id != Guid.Empty).ToHashSet();
        var byCustomer = await LoadSavedAsync(db, customers, ct);
        foreach (var order in newOrders.Where(o => customers.Contains(o.CustomerId)))
        {
            var candidate = new Candidate(order.Id, order.PlacedAtUtc, order);
            foreach (var line in order.Lines) candidate.Remaining.TryAdd(line.SkuId, line.Quantity - line.RefundedQuantity);
            Add(byCustomer, order.CustomerId, candidate);
        }
        foreach (var list in byCustomer.Values) list.Sort((a, b) => a.PlacedAtUtc.CompareTo(b.PlacedAtUtc));

        var done = 0;
        foreach (var cancellation in plan.Cancellations)
        {
            foreach (var line in cancellation.Lines)
            {
                progress.Report(ImportStage.Cancellations, ++done, total);
                var reference = cancellation.CancellationReference(line.Code);
                if (applied.Contains(reference))
                {
                    summary.CancellationsExisting++;
                    continue;
                }
                if (cancellation.CustomerKey is null)
                {
                    summary.Reject(RejectReason.GuestCancellation, line.Rows);
                    continue;
                }
                var match = skus.TryGetValue(line.Code, out var sku)
                    && accounts.TryGetValue(CustomerImport.EmailFor(cancellation.CustomerKey), out var customerId)
                    && byCustomer.TryGetValue(customerId, out var orders)
                        ? LatestWithEnough(orders, sku.SkuId, line.Quantity, cancellation.PlacedAtUtc)
                        : null;
                if (match is null)
                {
                    summary.Reject(RejectReason.CancellationWithoutMatchingOrder, line.Rows);
                    continue;
                }
                match.Remaining[sku!.SkuId] -= line.Quantity;
                if (match.Unsaved is { } order) order.ImportCancellation(sku.SkuId, line.Quantity, cancellation.PlacedAtUtc, reference);
                else pending.Add(new PendingCancellation(match.OrderId, sku.SkuId, line.Quantity, cancellation.PlacedAtUtc, reference));
                summary.CancellationsApplied++;
            }
        }
        return pending;
    }

    /// <summary>Writes the refunds into orders saved by earlier runs, a few hundred orders per transaction.</summary>
    public static async Task ApplyAsync(PlazaDb db, IReadOnlyList<PendingCancellation> pending, CancellationToken ct)
    {
        foreach (var batch in pending.GroupBy(p => p.OrderId).Chunk(BatchSize))
        {
            var ids = batch.Select(g => g.Key).ToList();
            // History is not loaded: every entry in it after ImportCancellation is new. Adding them
            // explicitly keeps EF from taking a child with a domain-made id for an existing row.
            var orders = await db.Set<Order>().Include(o => o.Lines).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
            foreach (var group in batch)
            {
                var order = orders[group.Key];
                foreach (var p in group) order.ImportCancellation(p.SkuId, p.Quantity, p.AtUtc, p.Reference);
                db.AddRange(order.History);
            }
            await ImportBatch.SaveAsync(db, ct, detectChanges: true);
        }
    }

    private static Candidate? LatestWithEnough(List<Candidate> orders, Guid skuId, int quantity, DateTime atUtc)
    {
        for (var i = orders.Count - 1; i >= 0; i--)
        {
            var o = orders[i];
            if (o.PlacedAtUtc <= atUtc && o.Remaining.TryGetValue(skuId, out var left) && left >= quantity) return o;
        }
        return null;
    }

    /// <summary>Imported orders already in the database for these customers, with what is left of each SKU.</summary>
    private static async Task<Dictionary<Guid, List<Candidate>>> LoadSavedAsync(PlazaDb db, HashSet<Guid> customers, CancellationToken ct)
    {
        var byCustomer = new Dictionary<Guid, List<Candidate>>();
        if (customers.Count == 0) return byCustomer;
        var ids = customers.ToList();
        var rows = await (
            from o in db.Set<Order>()
            where o.ExternalReference != null && o.ExternalReference.StartsWith(OrderImport.ReferencePrefix) && ids.Contains(o.CustomerId)
            from l in o.Lines
            select new { o.Id, o.CustomerId, o.PlacedAtUtc, l.SkuId, Left = l.Quantity - l.RefundedQuantity }).AsNoTracking().ToListAsync(ct);
        var byOrder = new Dictionary<Guid, Candidate>();
        foreach (var r in rows)
        {
            if (!byOrder.TryGetValue(r.Id, out var candidate))
            {
                byOrder.Add(r.Id, candidate = new Candidate(r.Id, r.PlacedAtUtc, null));
                Add(byCustomer, r.CustomerId, candidate);
            }
            candidate.Remaining.TryAdd(r.SkuId, r.Left);
        }
        return byCustomer;
    }

    private static void Add(Dictionary<Guid, List<Candidate>> byCustomer, Guid customerId, Candidate candidate)
    {
        if (!byCustomer.TryGetValue(customerId, out var list)) byCustomer.Add(customerId, list = []);
        list.Add(candidate);
    }
}
