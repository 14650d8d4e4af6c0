namespace Plaza.Web.Modules.Import;

/// <summary>What one import run did. Rows read = rows in orders (new or existing) + cancellation rows (applied now or before) + rows rejected.</summary>
internal sealed class ImportSummary
{
    private readonly Dictionary<RejectReason, int> _rejected = [];

    public Guid StoreId { get; set; }
    public string StoreName { get; set; } = "";
    public long RowsRead { get; set; }
    public int ProductsCreated { get; set; }
    public int ProductsExisting { get; set; }
    public int OffersCreated { get; set; }
    public int CustomersCreated { get; set; }
    public int CustomersExisting { get; set; }
    public int OrdersCreated { get; set; }
    public int OrdersExisting { get; set; }
    public int OrderLinesCreated { get; set; }
    /// <summary>Cancelled invoice lines (one StockCode of one C-invoice) refunded in this run.</summary>
    public int CancellationsApplied { get; set; }
    /// <summary>Cancelled invoice lines found already refunded by an earlier run.</summary>
    public int CancellationsExisting { get; set; }
    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<RejectReason, int> Rejected => _rejected;
    public long RowsRejected => _rejected.Values.Sum(v => (long)v);

    public void Reject(RejectReason reason, int rows) => _rejected[reason] = _rejected.GetValueOrDefault(reason) + rows;
}
