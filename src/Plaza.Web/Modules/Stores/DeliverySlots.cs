using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Stores;

/// <summary>Two-hour delivery windows inside opening hours, today and the next two days, at least an hour ahead.</summary>
internal static class DeliverySlots
{
    public static readonly TimeSpan Length = DeliverySlot.Length;
    public static readonly TimeSpan Lead = TimeSpan.FromHours(1);

    public static IReadOnlyList<DeliverySlot> For(Store store, DateTime nowUtc, int days = 3)
    {
        var zone = FindZone(store.TimeZone);
        var localNow = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        var slots = new List<DeliverySlot>();
        for (var d = 0; d < days; d++)
        {
            var date = DateOnly.FromDateTime(localNow).AddDays(d);
            for (var start = store.OpensAt; start.Add(Length) <= store.ClosesAt && start.Add(Length) > start; start = start.Add(Length))
            {
                var localStart = date.ToDateTime(start, DateTimeKind.Unspecified);
                if (zone.IsInvalidTime(localStart)) continue; // skipped when the clocks go forward
                var startUtc = TimeZoneInfo.ConvertTimeToUtc(localStart, zone);
                if (startUtc < nowUtc + Lead) continue;
                slots.Add(new DeliverySlot(startUtc, startUtc + Length));
            }
        }
        return slots;
    }

    public static bool IsOffered(Store store, DateTime nowUtc, DateTime slotStartUtc) =>
        For(store, nowUtc).Any(s => s.StartUtc == slotStartUtc);

    private static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
