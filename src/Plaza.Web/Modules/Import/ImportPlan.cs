namespace Plaza.Web.Modules.Import;

/// <summary>A catalog product as the file describes it: its latest non-empty name and its usual price.</summary>
internal sealed record PlannedProduct(string Code, string Name, long PriceMinor);

/// <summary>A line of an invoice or of a cancellation; <see cref="Rows"/> counts the CSV rows merged into it.</summary>
internal sealed class PlannedLine(string code, string description, long unitPriceMinor, int quantity)
{
    public string Code { get; } = code;
    public string Description { get; } = description;
    public long UnitPriceMinor { get; } = unitPriceMinor;
    public int Quantity { get; private set; } = quantity;
    public int Rows { get; private set; } = 1;

    public void Merge(int quantity)
    {
        Quantity = checked(Quantity + quantity);
        Rows++;
    }
}

/// <summary>One invoice: a sale (becomes an Order) or, when its number starts with C, a cancellation.</summary>
internal sealed class PlannedInvoice(string invoiceNo, string? customerKey, DateTime placedAtUtc, int sequence)
{
    private readonly Dictionary<string, PlannedLine> _byCode = new(StringComparer.Ordinal);
    private readonly List<PlannedLine> _lines = [];

    public string InvoiceNo { get; } = invoiceNo;
    public string? CustomerKey { get; } = customerKey;
    public DateTime PlacedAtUtc { get; private set; } = placedAtUtc;
    /// <summary>Order of first appearance in the file: breaks ties between invoices of the same minute.</summary>
    public int Sequence { get; } = sequence;
    public bool IsCancellation => InvoiceNo.StartsWith('C');
    public IReadOnlyList<PlannedLine> Lines => _lines;
    public string ExternalReference => "OR-" + InvoiceNo;

    /// <summary>Reference of one cancelled StockCode, written in the order's history note so a re-run can see it was applied.</summary>
    public string CancellationReference(string code) => $"OR-{InvoiceNo}:{code}";

    /// <summary>Adds a row's line; the same StockCode again merges when the price matches and is refused otherwise.</summary>
    public bool TryAdd(RetailRow row)
    {
        var quantity = Math.Abs(row.Quantity);
        if (_byCode.TryGetValue(row.StockCode, out var existing))
        {
            if (existing.UnitPriceMinor != row.UnitPriceMinor) return false;
            existing.Merge(quantity);
        }
        else
        {
            var line = new PlannedLine(row.StockCode, row.Description, row.UnitPriceMinor, quantity);
            _byCode.Add(row.StockCode, line);
            _lines.Add(line);
        }
        if (row.InvoiceDateUtc < PlacedAtUtc) PlacedAtUtc = row.InvoiceDateUtc;
        return true;
    }
}

/// <summary>
/// Everything the file says, checked and grouped, before anything touches the database: products by
/// StockCode, customers, sale invoices and cancellations (both in time order), and the rows rejected so far.
/// </summary>
internal sealed class ImportPlan
{
    public required long RowsRead { get; init; }
    public required IReadOnlyDictionary<string, PlannedProduct> Products { get; init; }
    /// <summary>Customer numbers seen on sales, in first-seen order.</summary>
    public required IReadOnlyList<string> CustomerKeys { get; init; }
    /// <summary>Some sales have no CustomerID: they go to one "Guest (imported)" account.</summary>
    public required bool HasGuests { get; init; }
    public required IReadOnlyList<PlannedInvoice> Sales { get; init; }
    public required IReadOnlyList<PlannedInvoice> Cancellations { get; init; }
    public required IReadOnlyDictionary<RejectReason, int> Rejected { get; init; }

    public static ImportPlan Build(IEnumerable<RawRetailRow> rows)
    {
        var builder = new ImportPlanBuilder();
        foreach (var raw in rows) builder.Add(raw);
        return builder.Build();
    }
}
