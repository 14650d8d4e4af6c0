using Plaza.Web.Modules.Stores;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.UnitTests.Stores;

public sealed class DeliverySlotsTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateTime Utc(int month, int day, int hour, int minute = 0, int second = 0) => new(2031, month, day, hour, minute, second, DateTimeKind.Utc);

    private static void ShouldAllBeInsideOpeningHours(IEnumerable<DeliverySlot> slots, TimeOnly opens, TimeOnly closes)
    {
        foreach (var slot in slots)
        {
            var start = TimeZoneInfo.ConvertTimeFromUtc(slot.StartUtc, London);
            var end = TimeZoneInfo.ConvertTimeFromUtc(slot.EndUtc, London);
            (slot.EndUtc - slot.StartUtc).ShouldBe(TimeSpan.FromHours(2));
            TimeOnly.FromDateTime(start).ShouldBeGreaterThanOrEqualTo(opens, $"slot {slot}");
            TimeOnly.FromDateTime(end).ShouldBeLessThanOrEqualTo(closes, $"slot {slot}");
            end.Date.ShouldBe(start.Date);
        }
    }

    [Fact]
    public void Slots_are_two_hour_windows_inside_opening_hours_for_three_days()
    {
        var store = StoreBuilder.Angel("08:00", "20:00");

        var slots = DeliverySlots.For(store, Utc(1, 15, 6)); // before opening

        slots.Count.ShouldBe(18);
        slots.Select(s => s.StartUtc).Take(6).ShouldBe([Utc(1, 15, 8), Utc(1, 15, 10), Utc(1, 15, 12), Utc(1, 15, 14), Utc(1, 15, 16), Utc(1, 15, 18)]);
        slots[^1].StartUtc.ShouldBe(Utc(1, 17, 18));
        ShouldAllBeInsideOpeningHours(slots, new TimeOnly(8, 0), new TimeOnly(20, 0));
        slots.ShouldAllBe(s => s.StartUtc.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public void A_slot_must_start_at_least_an_hour_ahead()
    {
        var store = StoreBuilder.Angel("08:00", "20:00");

        DeliverySlots.For(store, Utc(1, 15, 11, 0, 0))[0].StartUtc.ShouldBe(Utc(1, 15, 12));
        DeliverySlots.For(store, Utc(1, 15, 11, 0, 1))[0].StartUtc.ShouldBe(Utc(1, 15, 14));
        DeliverySlots.For(store, Utc(1, 15, 10, 30)).ShouldAllBe(s => s.StartUtc >= Utc(1, 15, 11, 30));
    }

    [Fact]
    public void Late_in_the_day_the_first_slot_is_tomorrow_morning()
    {
        var store = StoreBuilder.Angel("08:00", "20:00");

        var slots = DeliverySlots.For(store, Utc(1, 15, 19, 30));

        slots[0].StartUtc.ShouldBe(Utc(1, 16, 8));
        slots.Count.ShouldBe(12);
    }

    [Fact]
    public void Hours_that_do_not_divide_into_two_hour_windows_drop_the_short_remainder()
    {
        var store = StoreBuilder.Angel("09:00", "14:00");

        var slots = DeliverySlots.For(store, Utc(1, 15, 6), days: 1);

        slots.Select(s => s.StartUtc).ShouldBe([Utc(1, 15, 9), Utc(1, 15, 11)]);
    }

    [Fact]
    public void When_the_clocks_go_forward_the_slots_follow_local_time()
    {
        // Sunday 30 March 2031, 01:00 UTC: London moves from GMT (UTC+0) to BST (UTC+1).
        var store = StoreBuilder.Angel("08:00", "20:00");

        var slots = DeliverySlots.For(store, Utc(3, 29, 5));

        ShouldAllBeInsideOpeningHours(slots, new TimeOnly(8, 0), new TimeOnly(20, 0));
        slots.Count.ShouldBe(18);
        slots.Where(s => s.StartUtc.Day == 29).Select(s => s.StartUtc.Hour).ShouldBe([8, 10, 12, 14, 16, 18]);   // GMT
        slots.Where(s => s.StartUtc.Day == 30).Select(s => s.StartUtc.Hour).ShouldBe([7, 9, 11, 13, 15, 17]);    // BST
    }

    [Fact]
    public void When_the_clocks_go_back_the_slots_follow_local_time()
    {
        // Sunday 26 October 2031, 01:00 UTC: London moves from BST back to GMT.
        var store = StoreBuilder.Angel("08:00", "20:00");

        var slots = DeliverySlots.For(store, Utc(10, 25, 5));

        ShouldAllBeInsideOpeningHours(slots, new TimeOnly(8, 0), new TimeOnly(20, 0));
        slots.Where(s => s.StartUtc.Day == 25).Select(s => s.StartUtc.Hour).ShouldBe([7, 9, 11, 13, 15, 17]);    // BST
        slots.Where(s => s.StartUtc.Day == 26).Select(s => s.StartUtc.Hour).ShouldBe([8, 10, 12, 14, 16, 18]);   // GMT
    }

    [Fact]
    public void A_slot_in_the_hour_skipped_by_the_clocks_going_forward_is_not_offered()
    {
        // 01:00-01:59 on 30 March 2031 does not exist in London.
        var store = StoreBuilder.Angel("01:00", "05:00");

        var slots = DeliverySlots.For(store, Utc(3, 29, 12));

        ShouldAllBeInsideOpeningHours(slots, new TimeOnly(1, 0), new TimeOnly(5, 0));
        slots.Select(s => s.StartUtc).ShouldBe([
            Utc(3, 30, 2),                  // 03:00 BST; 01:00 BST never happens
            Utc(3, 31, 0), Utc(3, 31, 2),   // 01:00 and 03:00 BST
        ]);
    }

    [Fact]
    public void Only_listed_slots_are_offered()
    {
        var store = StoreBuilder.Angel("08:00", "20:00");
        var now = Utc(1, 15, 6);

        DeliverySlots.IsOffered(store, now, Utc(1, 15, 10)).ShouldBeTrue();
        DeliverySlots.IsOffered(store, now, Utc(1, 15, 11)).ShouldBeFalse();
        DeliverySlots.IsOffered(store, now, Utc(1, 15, 10, 1)).ShouldBeFalse();
        DeliverySlots.IsOffered(store, now, Utc(1, 15, 20)).ShouldBeFalse();
        DeliverySlots.IsOffered(store, now, Utc(1, 18, 10)).ShouldBeFalse(); // beyond three days
    }
}
