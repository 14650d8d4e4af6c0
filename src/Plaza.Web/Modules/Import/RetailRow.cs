namespace Plaza.Web.Modules.Import;

/// <summary>One data line of the Online Retail CSV as read: every field is the trimmed text of the file.</summary>
internal sealed record RawRetailRow(
    long Line, string InvoiceNo, string StockCode, string Description, string Quantity, string InvoiceDate, string UnitPrice, string CustomerId);

/// <summary>
/// A line that passed the per-row checks. <see cref="Quantity"/> keeps the file's sign: positive on a
/// sale, negative on a cancellation. <see cref="CustomerKey"/> is the customer number ("17850") or
/// null for a guest purchase.
/// </summary>
internal sealed record RetailRow(
    long Line, string InvoiceNo, string StockCode, string Description, int Quantity, DateTime InvoiceDateUtc, long UnitPriceMinor, string? CustomerKey)
{
    public bool IsCancellation => InvoiceNo.StartsWith('C');
}
