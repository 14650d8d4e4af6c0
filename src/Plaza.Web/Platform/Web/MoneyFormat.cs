using System.Globalization;

namespace Plaza.Web.Platform.Web;

/// <summary>
/// Money on screen: minor units plus an ISO currency code, written the way the reader's culture writes
/// amounts (en "£1.50", es "1,50 £", zh-Hans "£1.50").
/// </summary>
internal static class MoneyFormat
{
    public static string Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "GBP" => "£",
        "EUR" => "€",
        "CNY" => "¥",
        "USD" => "$",
        var other => other,
    };

    public static int MinorDigits(string currency) => currency.ToUpperInvariant() switch
    {
        "JPY" or "KRW" => 0,
        _ => 2,
    };

    public static string Format(long minor, string currency)
    {
        var digits = MinorDigits(currency);
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency);
        format.CurrencyDecimalDigits = digits;
        var amount = minor / (decimal)Pow10(digits);
        return amount.ToString("C", format);
    }

    /// <summary>The largest amount a price box accepts, in major units (pounds).</summary>
    public const decimal MaxMajor = 1_000_000m;

    /// <summary>An amount typed in major units (pounds) as minor units (pence); null when empty or out of range.</summary>
    public static long? ToMinor(decimal? major, string currency) =>
        major is { } m && m >= 0 && m <= MaxMajor ? (long)Math.Round(m * Pow10(MinorDigits(currency)), MidpointRounding.AwayFromZero) : null;

    /// <summary>Minor units as a plain number with two decimals for a form field ("12.50"), as number inputs expect.</summary>
    public static string MajorText(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static long Pow10(int digits) => digits == 0 ? 1 : (long)Math.Pow(10, digits);
}
