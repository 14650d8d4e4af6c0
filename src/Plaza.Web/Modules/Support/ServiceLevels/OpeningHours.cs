using System.Diagnostics;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.ServiceLevels;

/// <summary>
/// A store's opening hours as a clock that runs only while the store is open: the same hours every day in the store's time
/// zone, opening time included and closing time not (as <see cref="StoreDetails.IsOpenAt"/>). Hours that close no later
/// than they open count the whole day, so a misconfigured store still has targets that end.
/// </summary>
internal sealed record OpeningHours(TimeZoneInfo Zone, TimeOnly Opens, TimeOnly Closes)
{
    public static OpeningHours Of(StoreDetails store) => new(StoreTime.Zone(store.TimeZone), store.OpensAt, store.ClosesAt);

    public bool AroundTheClock => Closes <= Opens;

    /// <summary>How much open time lies between two instants.</summary>
    public TimeSpan Within(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc) return TimeSpan.Zero;
        if (AroundTheClock) return toUtc - fromUtc;
        var total = TimeSpan.Zero;
        foreach (var (start, end) in Windows(fromUtc))
        {
            if (start >= toUtc) break;
            var (s, e) = (Max(start, fromUtc), Min(end, toUtc));
            if (e > s) total += e - s;
        }
        return total;
    }

    /// <summary>The instant when <paramref name="open"/> of open time has passed since <paramref name="fromUtc"/>.</summary>
    public DateTime After(DateTime fromUtc, TimeSpan open)
    {
        if (AroundTheClock) return fromUtc + open;
        var left = open;
        foreach (var (start, end) in Windows(fromUtc))
        {
            var s = Max(start, fromUtc);
            if (end <= s) continue;
            if (end - s >= left) return s + left;
            left -= end - s;
        }
        throw new UnreachableException();
    }

    /// <summary>Each day's open window in UTC, from the local day of <paramref name="fromUtc"/> on.</summary>
    private IEnumerable<(DateTime Start, DateTime End)> Windows(DateTime fromUtc)
    {
        for (var day = DateOnly.FromDateTime(StoreTime.Local(fromUtc, Zone)); ; day = day.AddDays(1))
            yield return (Utc(day, Opens), Utc(day, Closes));
    }

    private DateTime Utc(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // A time the clocks skip (spring forward) comes as soon as it exists that day.
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    public static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
