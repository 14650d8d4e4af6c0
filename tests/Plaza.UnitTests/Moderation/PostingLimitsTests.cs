using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.UnitTests.Moderation;

public sealed class PostingLimitsTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);

    private static List<DateTime> MinutesAgo(params int[] minutes) => minutes.Select(m => Now.AddMinutes(-m)).ToList();

    [Fact]
    public void A_new_account_posts_three_notes_an_hour_then_waits_until_the_oldest_is_an_hour_old()
    {
        PostingLimits.RetryAfter(PostingKind.Note, 0, MinutesAgo(5, 20), Now).ShouldBeNull();
        PostingLimits.RetryAfter(PostingKind.Note, 0, MinutesAgo(5, 20, 50), Now).ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Posts_older_than_an_hour_do_not_count() =>
        PostingLimits.RetryAfter(PostingKind.Note, 0, MinutesAgo(5, 20, 60, 61), Now).ShouldBeNull();

    [Fact]
    public void Higher_trust_levels_may_post_more()
    {
        var ten = MinutesAgo(Enumerable.Range(1, 10).ToArray());
        PostingLimits.RetryAfter(PostingKind.Comment, 0, ten, Now).ShouldNotBeNull();
        PostingLimits.RetryAfter(PostingKind.Comment, 1, ten, Now).ShouldBeNull();
        foreach (var kind in Enum.GetValues<PostingKind>())
            for (var level = 1; level <= 3; level++)
                PostingLimits.PerHourFor(kind, level).ShouldBeGreaterThan(PostingLimits.PerHourFor(kind, level - 1));
    }
}
