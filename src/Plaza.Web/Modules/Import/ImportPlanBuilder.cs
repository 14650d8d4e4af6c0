namespace Plaza.Web.Modules.Import;

/// <summary>Accumulates rows into an <see cref="ImportPlan"/>: one pass, the rows themselves are not kept.</summary>
internal sealed class ImportPlanBuilder
{
    private readonly Dictionary<string, PlannedInvoice> _invoices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProductFacts> _products = new(StringComparer.Ordinal);
    private readonly HashSet<string> _customers = new(StringComparer.Ordinal);
    private readonly List<string> _customerOrder = [];
    private readonly Dictionary<RejectReason, int> _rejected = [];
    private bool _hasGuests;
    private long _rows;

    public void Add(RawRetailRow raw)
    {
        _rows++;
        if (!RetailRowParser.TryParse(raw, out var row, out var reason))
        {
            Reject(reason);
            return;
        }
        if (!_invoices.TryGetValue(row.InvoiceNo, out var invoice))
        {
            invoice = new PlannedInvoice(row.InvoiceNo, row.CustomerKey, row.InvoiceDateUtc, _invoices.Count);
            _invoices.Add(row.InvoiceNo, invoice);
        }
        else if (invoice.CustomerKey != row.CustomerKey)
        {
            Reject(RejectReason.CustomerDiffersWithinInvoice);
            return;
        }
        if (!invoice.TryAdd(row))
        {
            Reject(RejectReason.DuplicateLineAtDifferentPrice);
            return;
        }

        if (!row.IsCancellation)
        {
            // Customers come from sales: one who only ever cancelled has no order to cancel.
            if (row.CustomerKey is null) _hasGuests = true;
            else if (_customers.Add(row.CustomerKey)) _customerOrder.Add(row.CustomerKey);
            if (!_products.TryGetValue(row.StockCode, out var facts)) _products.Add(row.StockCode, facts = new ProductFacts());
            facts.Add(row);
        }
    }

    public ImportPlan Build()
    {
        var byTime = _invoices.Values.OrderBy(i => i.PlacedAtUtc).ThenBy(i => i.Sequence).ToList();
        return new ImportPlan
        {
            RowsRead = _rows,
            Products = _products.ToDictionary(p => p.Key, p => new PlannedProduct(p.Key, p.Value.Name, p.Value.Price), StringComparer.Ordinal),
            CustomerKeys = _customerOrder,
            HasGuests = _hasGuests,
            Sales = byTime.Where(i => !i.IsCancellation).ToList(),
            Cancellations = byTime.Where(i => i.IsCancellation).ToList(),
            Rejected = new Dictionary<RejectReason, int>(_rejected),
        };
    }

    private void Reject(RejectReason reason) => _rejected[reason] = _rejected.GetValueOrDefault(reason) + 1;

    /// <summary>Name: the most recent non-empty description. Price: the most common unit price, ties going to the latest.</summary>
    private sealed class ProductFacts
    {
        private readonly Dictionary<long, (int Count, DateTime Last)> _prices = [];
        private DateTime _namedAt = DateTime.MinValue;

        public string Name { get; private set; } = "";

        public long Price => _prices.OrderByDescending(p => p.Value.Count).ThenByDescending(p => p.Value.Last).First().Key;

        public void Add(RetailRow row)
        {
            if (row.Description.Length > 0 && row.InvoiceDateUtc >= _namedAt)
            {
                Name = row.Description;
                _namedAt = row.InvoiceDateUtc;
            }
            var seen = _prices.GetValueOrDefault(row.UnitPriceMinor);
            _prices[row.UnitPriceMinor] = (seen.Count + 1, row.InvoiceDateUtc > seen.Last ? row.InvoiceDateUtc : seen.Last);
        }
    }
}
