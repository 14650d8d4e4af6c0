using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class SpamCorpusTests
{
    [Fact]
    public void The_reader_keeps_labelled_lines_with_or_without_a_language()
    {
        var messages = SpamCorpus.Parse(["# a header", "ham\tfine", "spam\tes\tgana dinero", "other\tx", "no tab", "SPAM\tzh\t加微信\r"]);

        messages.ShouldBe([new LabelledMessage(false, "fine"), new LabelledMessage(true, "gana dinero", "es"), new LabelledMessage(true, "加微信", "zh")]);
        SpamClassifierTests.Corpus.Count.ShouldBe(14);
    }

    [Fact]
    public void The_split_by_hash_keeps_each_labels_share_and_depends_only_on_the_texts()
    {
        var messages = Enumerable.Range(0, 100).Select(i => new LabelledMessage(i % 5 == 0, $"message {i}")).ToArray();

        var (train, test) = SpamCorpus.SplitByHash(messages, 0.2);
        var (_, again) = SpamCorpus.SplitByHash(messages.Reverse().ToArray(), 0.2);

        test.Count.ShouldBe(20);
        test.Count(m => m.Spam).ShouldBe(4);
        train.Count(m => m.Spam).ShouldBe(16);
        again.Select(m => m.Text).Order().ShouldBe(test.Select(m => m.Text).Order());
        train.Intersect(test).ShouldBeEmpty();
    }

    [Fact]
    public void A_text_that_appears_twice_never_lands_on_both_sides()
    {
        var messages =
            Enumerable.Range(0, 50).SelectMany(i => new[] { new LabelledMessage(false, $"twice {i}"), new LabelledMessage(false, $"twice {i}") }).ToArray();

        var (train, test) = SpamCorpus.SplitByHash(messages, 0.2);

        train.Select(m => m.Text).Intersect(test.Select(m => m.Text)).ShouldBeEmpty();
        test.Count.ShouldBeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void The_shop_comments_train_and_test_parts_are_apart_and_cover_three_languages_and_both_labels()
    {
        var train = SpamCorpus.ShopComments("train");
        var test = SpamCorpus.ShopComments("test");

        train.Count.ShouldBeGreaterThan(400);
        test.Count.ShouldBeGreaterThan(250);
        train.Select(m => m.Text).Intersect(test.Select(m => m.Text)).ShouldBeEmpty();
        foreach (var part in new[] { train, test })
            foreach (var language in new[] { "en", "es", "zh" })
            {
                part.Count(m => m.Language == language && m.Spam).ShouldBeGreaterThanOrEqualTo(30);
                part.Count(m => m.Language == language && !m.Spam).ShouldBeGreaterThanOrEqualTo(55);
            }
    }

    [Fact]
    public void The_training_parts_leave_out_the_SMS_test_part()
    {
        var sms = Enumerable.Range(0, 50).Select(i => new LabelledMessage(i % 5 == 0, $"sms {i}")).ToArray();

        var training = SpamModel.TrainingParts(sms);

        training.ShouldNotContain(m => SpamCorpus.SplitByHash(sms, SpamCorpus.SmsTestShare).Test.Contains(m));
        training.Count.ShouldBe(40 + SpamCorpus.ShopComments("train").Count);
    }
}
