using System.Globalization;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// Turns a <see cref="RawRetailRow"/> into a <see cref="RetailRow"/> or the reason it cannot be one.
/// Numbers and dates are read with the invariant culture whatever the machine's culture is.
/// </summary>
internal static class RetailRowParser
{
    /// <summary>InvoiceDate as the CSV export writes it, and as the original spreadsheet's US export did.</summary>
    private static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss"];

    /// <summary>"OR-" + the invoice number must fit orders.external_reference (40); a SKU code fits skus.code (40).</summary>
    private const int MaxInvoiceLength = 30, MaxStockCodeLength = 40;

    /// <summary>Far beyond any real price, small enough that pence times a quantity cannot overflow a long.</summary>
    private const decimal MaxPrice = 100_000_000m;

    public static bool TryParse(RawRetailRow raw, out RetailRow row, out RejectReason reason)
    {
        row = null!;
        reason = default;
        var invoice = raw.InvoiceNo.Trim().ToUpperInvariant();
        if (invoice.Length is 0 or > MaxInvoiceLength) return Reject(RejectReason.MissingInvoiceNo, out reason);
        var code = NormalizeStockCode(raw.StockCode);
        if (code.Length is 0 or > MaxStockCodeLength) return Reject(RejectReason.MissingStockCode, out reason);
        if (NonProductCodes.Contains(code)) return Reject(RejectReason.FeeOrAdjustmentCode, out reason);

        if (ParseQuantity(raw.Quantity) is not { } quantity) return Reject(RejectReason.InvalidQuantity, out reason);
        if (quantity == 0) return Reject(RejectReason.ZeroQuantity, out reason);
        var cancellation = invoice.StartsWith('C');
        if (!cancellation && quantity < 0) return Reject(RejectReason.NegativeQuantityOnSale, out reason);
        if (cancellation && quantity > 0) return Reject(RejectReason.PositiveQuantityOnCancellation, out reason);

        if (ParsePriceMinor(raw.UnitPrice) is not { } price) return Reject(RejectReason.InvalidPrice, out reason);
        if (price <= 0) return Reject(RejectReason.NonPositivePrice, out reason);
        if (ParseDate(raw.InvoiceDate) is not { } date) return Reject(RejectReason.InvalidDate, out reason);
        if (!TryParseCustomer(raw.CustomerId, out var customer)) return Reject(RejectReason.InvalidCustomerId, out reason);

        row = new RetailRow(raw.Line, invoice, code, raw.Description.Trim(), quantity, date, price, customer);
        return true;
    }

    /// <summary>Trimmed and upper-cased: the file has "85123a" beside "85123A" for the same item.</summary>
    public static string NormalizeStockCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static int? ParseQuantity(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var quantity) ? quantity : null;

    /// <summary>Pounds as written ("2.55", "0.001", "-11062.06") to pence, rounding half away from zero.</summary>
    public static long? ParsePriceMinor(string? text)
    {
        if (!decimal.TryParse(text,
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out var pounds)) return null;
        if (Math.Abs(pounds) > MaxPrice) return null;
        return (long)Math.Round(pounds * 100m, MidpointRounding.AwayFromZero);
    }

    /// <summary>The file's times carry no zone; they are taken as UTC.</summary>
    public static DateTime? ParseDate(string? text) =>
        DateTime.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null;

    /// <summary>"17850.0" or "17850" → "17850"; blank → null (a guest). False for anything else.</summary>
    public static bool TryParseCustomer(string? text, out string? customer)
    {
        customer = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out var number)) return false;
        if (number <= 0 || number != decimal.Truncate(number) || number > 999_999_999m) return false;
        customer = ((long)number).ToString(CultureInfo.InvariantCulture);
        return true;
    }

    private static bool Reject(RejectReason why, out RejectReason reason)
    {
        reason = why;
        return false;
    }
}
