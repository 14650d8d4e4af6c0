namespace Plaza.Web.Modules.Import;

/// <summary>Why a CSV row did not become (part of) an order or a cancellation. Every row read is counted once: imported or rejected.</summary>
internal enum RejectReason
{
    MissingInvoiceNo,
    MissingStockCode,
    FeeOrAdjustmentCode,
    InvalidQuantity,
    ZeroQuantity,
    NegativeQuantityOnSale,
    PositiveQuantityOnCancellation,
    InvalidPrice,
    NonPositivePrice,
    InvalidDate,
    InvalidCustomerId,
    CustomerDiffersWithinInvoice,
    DuplicateLineAtDifferentPrice,
    NoDescriptionForNewProduct,
    GuestCancellation,
    CancellationWithoutMatchingOrder,
}

internal static class RejectReasons
{
    public static string Describe(this RejectReason reason) => reason switch
    {
        RejectReason.MissingInvoiceNo => "missing or over-long invoice number",
        RejectReason.MissingStockCode => "missing or over-long StockCode",
        RejectReason.FeeOrAdjustmentCode => "fee or adjustment code (POST, DOT, M, D, ...)",
        RejectReason.InvalidQuantity => "missing or invalid quantity",
        RejectReason.ZeroQuantity => "zero quantity",
        RejectReason.NegativeQuantityOnSale => "negative quantity on a sale (stock adjustment)",
        RejectReason.PositiveQuantityOnCancellation => "positive quantity on a cancellation",
        RejectReason.InvalidPrice => "missing or unparseable price",
        RejectReason.NonPositivePrice => "zero or negative price (in pence)",
        RejectReason.InvalidDate => "missing or invalid date",
        RejectReason.InvalidCustomerId => "invalid CustomerID",
        RejectReason.CustomerDiffersWithinInvoice => "CustomerID differs from the invoice's first row",
        RejectReason.DuplicateLineAtDifferentPrice => "StockCode repeated in an invoice, other price",
        RejectReason.NoDescriptionForNewProduct => "empty description for a new product",
        RejectReason.GuestCancellation => "cancellation by a guest (no customer to match)",
        RejectReason.CancellationWithoutMatchingOrder => "cancellation without matching order",
        _ => reason.ToString(),
    };
}
