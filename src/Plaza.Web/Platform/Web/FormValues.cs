using System.Globalization;

namespace Plaza.Web.Platform.Web;

/// <summary>Reads what people type into form fields the same way in every language.</summary>
internal static class FormValues
{
    /// <summary>A number typed in a form ("51.5072", or "51,5072"); null when empty or not a number.</summary>
    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            ? value : null;

    /// <summary>A datetime-local value in <paramref name="zone"/>, as UTC; null when empty or unreadable.</summary>
    public static DateTime? ParseLocal(string? text, TimeZoneInfo zone) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone) : null;

    /// <summary>A UTC time as a datetime-local value in <paramref name="zone"/> ("2031-01-15T10:30").</summary>
    public static string ToLocalInput(DateTime utc, TimeZoneInfo zone) =>
        StoreTime.Local(utc, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
