using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class SpamThresholdsTests
{
    private static IEnumerable<(LabelledMessage, double)> Good(string? language, params (double P, int Count)[] scores) =>
        scores.SelectMany(s => Enumerable.Repeat((new LabelledMessage(false, "", language), s.P), s.Count));

    [Fact]
    public void Thresholds_are_the_lowest_that_keep_good_messages_rejected_and_held_within_the_limits()
    {
        // 1,000 good messages: at or above 0.55 are 0.3% (too many to reject), at or above 0.6 are 0.2%;
        // between 0.1 and 0.6 are 2.0% (may be held), between 0.05 and 0.6 are 2.5% (too many).
        List<(LabelledMessage, double)> scored =
            [.. Good(null, (0.65, 2), (0.57, 1), (0.15, 19), (0.07, 5), (0.01, 973)), (new LabelledMessage(true, ""), 0.999)];

        SpamThresholds.Choose(scored).ShouldBe(new SpamThresholds(0.1, 0.6));
    }

    [Fact]
    public void The_limits_hold_in_each_source_so_few_shop_comments_are_not_outweighed_by_many_SMS()
    {
        // SMS: 1,000 good messages all below 0.05. Shop comments: 100, of which 3 between 0.25 and 0.3 (3% held at 0.25).
        List<(LabelledMessage, double)> scored = [.. Good(null, (0.01, 1000)), .. Good("en", (0.27, 3), (0.01, 97))];

        SpamThresholds.Choose(scored).ShouldBe(new SpamThresholds(0.3, 0.3));
        SpamThresholds.Choose(scored.Where(s => s.Item1.Language is null).ToList()).ShouldBe(new SpamThresholds(0.05, 0.05));
    }
}
