using Plaza.Web.Modules.Support.Assistant;

namespace Plaza.UnitTests.Support;

public sealed class IntentCorpusTests
{
    [Fact]
    public void The_reader_skips_comments_and_blank_lines_and_refuses_an_unknown_label()
    {
        IntentCorpus.Parse(["# header", "", "order-status\ten\twhere is my order\r", "human\tzh\t转人工"])
            .ShouldBe([new(SupportIntent.OrderStatus, "en", "where is my order"), new(SupportIntent.Human, "zh", "转人工")]);

        Should.Throw<InvalidDataException>(() => IntentCorpus.Parse(["order-stauts\ten\twhere is my order"]));
        Should.Throw<InvalidDataException>(() => IntentCorpus.Parse(["unknown\ten\twhat"]));
        Should.Throw<InvalidDataException>(() => IntentCorpus.Parse(["human\tfr\tun humain"]));
    }

    [Fact]
    public void The_split_holds_out_a_quarter_of_each_intent_in_each_language_and_depends_only_on_the_texts()
    {
        var examples = Enumerable.Range(0, 40)
            .Select(i => new IntentExample(i % 2 == 0 ? SupportIntent.Coupons : SupportIntent.Human, i % 4 < 2 ? "en" : "es", $"message {i}"))
            .ToArray();

        var (train, test) = IntentCorpus.SplitByHash(examples, 0.25);
        var (_, again) = IntentCorpus.SplitByHash(examples.Reverse().ToArray(), 0.25);

        test.Count.ShouldBe(12);
        test.GroupBy(e => (e.Intent, e.Language)).Select(g => g.Count()).ShouldAllBe(n => n == 3);
        again.Select(e => e.Text).Order().ShouldBe(test.Select(e => e.Text).Order());
        train.Intersect(test).ShouldBeEmpty();
    }

    [Fact]
    public void The_corpus_covers_every_intent_in_every_language_and_its_parts_are_apart()
    {
        var (all, train, test) = (IntentCorpus.All, IntentCorpus.Train, IntentCorpus.Test);

        all.Count.ShouldBeGreaterThan(2800);
        (train.Count + test.Count).ShouldBe(all.Count);
        train.Select(e => e.Text).Intersect(test.Select(e => e.Text)).ShouldBeEmpty();
        foreach (var language in IntentCorpus.Languages)
            foreach (var intent in SupportIntents.Labels)
            {
                var big = intent is not (SupportIntent.Greeting or SupportIntent.Thanks);
                all.Count(e => e.Language == language && e.Intent == intent).ShouldBeGreaterThanOrEqualTo(big ? 70 : 18, $"{intent.Name()} {language}");
                test.Count(e => e.Language == language && e.Intent == intent).ShouldBeGreaterThanOrEqualTo(big ? 17 : 4, $"{intent.Name()} {language}");
            }
    }

    [Fact]
    public void No_test_message_is_a_near_duplicate_of_a_training_message()
    {
        // Measured: the nearest training message is at most 0.78 alike (bench/README.md); "hola" and "¡Hola!" would be 1.
        var tooClose = IntentCorpus.Test
            .Select(t => (t.Text, Nearest: IntentCorpus.Train.Where(r => r.Language == t.Language).MaxBy(r => IntentCorpus.Similarity(t.Text, r.Text))!.Text))
            .Where(p => IntentCorpus.Similarity(p.Text, p.Nearest) >= 0.8)
            .Select(p => $"{p.Text} ~ {p.Nearest}")
            .ToList();

        tooClose.ShouldBeEmpty();
        IntentCorpus.Similarity("hola", "¡Hola!").ShouldBe(1);
    }
}
