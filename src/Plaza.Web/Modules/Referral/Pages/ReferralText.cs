using System.Globalization;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Referral.Pages;

/// <summary>Rates on screen as percentages ("2.5"), stored as basis points (250); amounts typed as major units ("1.50").</summary>
internal static class ReferralText
{
    public const string NoticeKey = "referral-notice";

    public static string Percent(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A percentage typed with a dot or the culture's decimal comma, to at most two decimals; null when it is not one.</summary>
    public static int? BasisPoints(string? text)
    {
        if (Number(text) is not { } percent) return null;
        var bps = percent * 100;
        return bps == decimal.Truncate(bps) && bps is >= 0 and <= int.MaxValue ? (int)bps : null;
    }

    /// <summary>An amount in major units ("1.50") as minor units (150) for a currency with two decimals; null when it is not one.</summary>
    public static long? Minor(string? text, string currency)
    {
        if (Number(text) is not { } major) return null;
        var digits = MoneyDigits(currency);
        var minor = major * (decimal)Math.Pow(10, digits);
        return minor == decimal.Truncate(minor) && minor is >= 0 and <= long.MaxValue ? (long)minor : null;
    }

    private static int MoneyDigits(string currency) => MoneyFormat.MinorDigits(currency);

    private static decimal? Number(string? text)
    {
        text = text?.Trim().TrimEnd('%').Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.CurrentCulture, out d) ? d : null;
    }
}
