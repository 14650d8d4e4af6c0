using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Identity;

public sealed class TrustRulesTests
{
    private static TimeSpan Days(double d) => TimeSpan.FromDays(d);

    private static TrustSignals Activity(int notes = 0, int comments = 0, int reviews = 0, int likes = 0, int removed = 0) =>
        new(notes, comments, reviews, likes, removed);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(6, 0)]
    [InlineData(7, 1)]
    [InlineData(400, 1)]
    public void An_account_without_activity_is_new_for_its_first_week_and_basic_after(int daysOld, int level) =>
        TrustRules.Compute(Days(daysOld), Activity(), 0).ShouldBe(level);

    [Fact]
    public void Three_published_contributions_make_a_day_old_account_basic_early()
    {
        TrustRules.Compute(Days(1), Activity(notes: 1, comments: 1, reviews: 1), 0).ShouldBe(1);
        TrustRules.Compute(Days(0.5), Activity(notes: 3), 0).ShouldBe(0);
        TrustRules.Compute(Days(1), Activity(comments: 2), 0).ShouldBe(0);
    }

    [Fact]
    public void Member_needs_three_weeks_ten_contributions_and_five_likes()
    {
        TrustRules.Compute(Days(21), Activity(notes: 4, comments: 6, likes: 5), 1).ShouldBe(2);
        TrustRules.Compute(Days(20), Activity(notes: 4, comments: 6, likes: 5), 1).ShouldBe(1);
        TrustRules.Compute(Days(21), Activity(notes: 4, comments: 5, likes: 5), 1).ShouldBe(1);
        TrustRules.Compute(Days(21), Activity(notes: 4, comments: 6, likes: 4), 1).ShouldBe(1);
    }

    [Fact]
    public void Regular_needs_two_months_thirty_contributions_and_twenty_likes()
    {
        TrustRules.Compute(Days(60), Activity(notes: 10, comments: 15, reviews: 5, likes: 20), 2).ShouldBe(3);
        TrustRules.Compute(Days(59), Activity(notes: 10, comments: 15, reviews: 5, likes: 20), 2).ShouldBe(2);
    }

    [Fact]
    public void Each_recent_removal_costs_a_level()
    {
        var regular = Activity(notes: 10, comments: 15, reviews: 5, likes: 20);
        TrustRules.Compute(Days(90), regular with { RemovedRecently = 1 }, 3).ShouldBe(2);
        TrustRules.Compute(Days(90), regular with { RemovedRecently = 2 }, 3).ShouldBe(1);
        TrustRules.Compute(Days(90), regular with { RemovedRecently = 9 }, 3).ShouldBe(0);
    }

    [Fact]
    public void A_recent_removal_blocks_promotion_even_when_the_activity_has_earned_it()
    {
        var regular = Activity(notes: 10, comments: 15, reviews: 5, likes: 20, removed: 1);
        TrustRules.Compute(Days(90), regular, 1).ShouldBe(1);
        TrustRules.Compute(Days(8), Activity(removed: 1), 0).ShouldBe(0);
    }

    [Fact]
    public void Signals_from_several_modules_add_up()
    {
        var sum = Activity(notes: 2, likes: 3) + Activity(reviews: 1, likes: 1) + Activity(removed: 1);
        sum.ShouldBe(Activity(notes: 2, reviews: 1, likes: 4, removed: 1));
        sum.Contributions.ShouldBe(3);
    }

    [Fact]
    public void A_moderator_locks_a_level_from_0_to_3_only()
    {
        var account = Account.Register("lock@example.test", null, "Lock", DateTime.UtcNow);
        account.LockTrustLevel(2);
        (account.TrustLevel, account.LockedTrustLevel).ShouldBe((2, (int?)2));
        account.LockTrustLevel(null);
        account.LockedTrustLevel.ShouldBeNull();
        Should.Throw<DomainException>(() => account.LockTrustLevel(4)).Code.ShouldBe("invalid_trust_level");
    }
}
