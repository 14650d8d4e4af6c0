using System.Globalization;

namespace Plaza.Web.Platform.Web;

/// <summary>Times on screen: stored in UTC, shown in the store's time zone, written in the reader's language.</summary>
internal static class StoreTime
{
    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>"Mon 3 Feb, 14:05" in the reader's language, in the store's time.</summary>
    public static string When(DateTime utc, TimeZoneInfo zone) =>
        Local(utc, zone).ToString(DateFormat() + ", HH:mm", CultureInfo.CurrentCulture);

    public static string Day(DateTime utc, TimeZoneInfo zone) =>
        Local(utc, zone).ToString(DateFormat(), CultureInfo.CurrentCulture);

    /// <summary>A delivery window: "Tue 4 Feb, 10:00–12:00".</summary>
    public static string Window(DateTime startUtc, DateTime endUtc, TimeZoneInfo zone) =>
        When(startUtc, zone) + "–" + Local(endUtc, zone).ToString("HH:mm", CultureInfo.CurrentCulture);

    private static string DateFormat() =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "zh" ? "M月d日 ddd" : "ddd d MMM";
}
