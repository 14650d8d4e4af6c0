using System.Collections.Frozen;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// StockCodes of the Online Retail data that are not goods: postage and carriage, fees, manual
/// adjustments, discounts, samples, bad-debt write-offs and gift vouchers. As products they would
/// pollute the catalog, search and "customers also bought", so their rows are rejected as
/// <see cref="RejectReason.FeeOrAdjustmentCode"/>; an order keeps only its goods.
/// Codes like DCGS0003 or DCGSSBOY (goods sold through other channels) are real products and stay.
/// </summary>
internal static class NonProductCodes
{
    private static readonly FrozenSet<string> Codes = new[]
    {
        "POST",         // POSTAGE
        "DOT",          // DOTCOM POSTAGE
        "C2",           // CARRIAGE
        "M",            // Manual: hand-keyed charges and corrections of any amount
        "D",            // Discount
        "S",            // SAMPLES
        "B",            // Adjust bad debt (invoices A563185..A563187, negative prices)
        "BANK CHARGES", // Bank Charges
        "AMAZONFEE",    // AMAZON FEE
        "CRUK",         // CRUK Commission (a charity's commission)
        "PADS",         // PADS TO MATCH ALL CUSHIONS at £0.001: a placeholder line, not stock
        "ADJUST", "ADJUST2", "TEST001", "TEST002", // test and adjustment codes (none in the 2010-12..2011-09 file)
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gift vouchers (gift_0001_10 ... gift_0001_50) are stored value, not goods.</summary>
    private const string GiftVoucherPrefix = "GIFT_";

    /// <param name="code">A normalised (trimmed, upper-case) StockCode.</param>
    public static bool Contains(string code) =>
        Codes.Contains(code) || code.StartsWith(GiftVoucherPrefix, StringComparison.Ordinal);
}
