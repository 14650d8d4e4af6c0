using Plaza.Web.Modules.Support;
using Plaza.Web.Modules.Support.ServiceLevels;

namespace Plaza.UnitTests.Support;

/// <summary>Service levels count the store's opening hours only, and stand still while the store waits for the customer.</summary>
public sealed class ServiceClockTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly OpeningHours EightToEight = new(London, new(8, 0), new(20, 0));
    private static readonly ServiceTargets Targets = ServiceTargets.For(Guid.NewGuid(), 30, 240, DateTime.UnixEpoch);

    /// <summary>A winter day, when London's clock is UTC.</summary>
    private static DateTime Dec(int day, int hour, int minute) => new(2026, 12, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Time_after_closing_does_not_count_until_the_store_opens_again()
    {
        EightToEight.Within(Dec(7, 19, 50), Dec(8, 8, 10)).ShouldBe(TimeSpan.FromMinutes(20));
        EightToEight.After(Dec(7, 19, 50), TimeSpan.FromMinutes(30)).ShouldBe(Dec(8, 8, 20));
        EightToEight.Within(Dec(7, 21, 0), Dec(8, 7, 0)).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Opening_hours_follow_the_store_clock_across_a_clock_change()
    {
        var nineToFive = new OpeningHours(London, new(9, 0), new(17, 0));
        // Saturday 27 March 2027 16:00 GMT; the clocks go forward that night, so Sunday opens at 09:00 BST = 08:00 UTC.
        var saturday = new DateTime(2027, 3, 27, 16, 0, 0, DateTimeKind.Utc);
        nineToFive.After(saturday, TimeSpan.FromHours(2)).ShouldBe(new DateTime(2027, 3, 28, 9, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Hours_that_do_not_close_after_they_open_count_the_whole_day()
    {
        var allDay = new OpeningHours(London, new(0, 0), new(0, 0));
        allDay.Within(Dec(7, 22, 0), Dec(8, 2, 0)).ShouldBe(TimeSpan.FromHours(4));
    }

    [Fact]
    public void A_conversation_handed_over_just_before_closing_is_due_soon_after_opening_and_missed_after_that()
    {
        var c = HandedOver(Dec(7, 19, 50));

        var morning = ServiceClock.Measure(c, [], EightToEight, Targets, Dec(8, 8, 15));
        morning.FirstResponse.State.ShouldBe(TargetState.Running);
        morning.FirstResponse.Used.ShouldBe(TimeSpan.FromMinutes(25));
        morning.FirstResponse.DueAtUtc.ShouldBe(Dec(8, 8, 20));

        var late = ServiceClock.Measure(c, [], EightToEight, Targets, Dec(8, 8, 21));
        late.FirstResponse.State.ShouldBe(TargetState.Missed);
        late.Met.ShouldBe(false);
    }

    [Fact]
    public void Waiting_for_the_customer_stops_both_clocks()
    {
        var c = HandedOver(Dec(7, 10, 0));
        var history = new[]
        {
            ConversationStatusChange.Of(c.Id, new(ConversationStatus.Open, ConversationStatus.Pending), Dec(7, 10, 5)),
            ConversationStatusChange.Of(c.Id, new(ConversationStatus.Pending, ConversationStatus.Open), Dec(7, 11, 5)),
        };
        c.PersonReplied(Guid.NewGuid(), Dec(7, 11, 20));

        var level = ServiceClock.Measure(c, history, EightToEight, Targets, Dec(7, 11, 30));

        level.FirstResponse.State.ShouldBe(TargetState.Met); // 80 minutes by the wall clock, 20 of them the store's
        level.FirstResponse.Used.ShouldBe(TimeSpan.FromMinutes(20));
        level.Resolution.Used.ShouldBe(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void While_pending_nothing_falls_due()
    {
        var c = HandedOver(Dec(7, 10, 0));
        c.Move(ConversationStatus.Pending, Dec(7, 10, 5));
        var history = new[] { ConversationStatusChange.Of(c.Id, new(ConversationStatus.Open, ConversationStatus.Pending), Dec(7, 10, 5)) };

        var level = ServiceClock.Measure(c, history, EightToEight, Targets, Dec(9, 12, 0));

        level.FirstResponse.State.ShouldBe(TargetState.Paused);
        level.FirstResponse.DueAtUtc.ShouldBeNull();
        level.Resolution.Used.ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Resolving_in_time_meets_both_targets()
    {
        var c = HandedOver(Dec(7, 10, 0));
        c.PersonReplied(Guid.NewGuid(), Dec(7, 10, 10));
        c.Move(ConversationStatus.Resolved, Dec(7, 13, 0));

        var level = ServiceClock.Measure(c, [], EightToEight, Targets, Dec(7, 13, 0));

        level.Met.ShouldBe(true);
        level.Resolution.Used.ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public void What_the_assistant_answered_alone_has_no_targets()
    {
        var c = Conversation.Open(Guid.NewGuid(), Guid.NewGuid(), null, null, "en", Dec(7, 10, 0));

        var level = ServiceClock.Measure(c, [], EightToEight, Targets, Dec(9, 10, 0));

        level.FirstResponse.State.ShouldBe(TargetState.NotApplicable);
        level.Resolution.State.ShouldBe(TargetState.NotApplicable);
        level.Met.ShouldBeNull();
    }

    private static Conversation HandedOver(DateTime at)
    {
        var c = Conversation.Open(Guid.NewGuid(), Guid.NewGuid(), null, null, "en", at);
        c.HandOver(HandoverReason.Asked, at);
        return c;
    }
}
