using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class SpamClassifierTests
{
    internal static readonly IReadOnlyList<LabelledMessage> Corpus = SpamCorpus.Parse(
    [
        "spam\tWINNER!! You have been selected to receive a £900 prize reward. Call 09061701461 to claim now",
        "spam\tFree entry in a weekly competition to win cash. Text WIN to 87121 to receive your prize",
        "spam\tURGENT! Your mobile number has won a £2000 bonus cash prize. Call 09066364589 now",
        "spam\tCongratulations you won a free holiday, claim your prize at www.win-prizes.biz now",
        "spam\tFree ringtone! Reply WIN to receive your free cash prize, claim at http://cash.example.com",
        "spam\tYou are a winner of a guaranteed £1000 cash prize, call 08712300220 to claim",
        "ham\tAre we still meeting for lunch tomorrow at the market?",
        "ham\tI'll pick up the bread and milk on my way home tonight",
        "ham\tThanks for the recipe, the soup was lovely, my kids loved it",
        "ham\tSorry I'm late, the bus was slow. See you at the shop in ten minutes",
        "ham\tCan you bring the blue bag when you come over tonight?",
        "ham\tThe new bakery near the station has really good croissants",
        "ham\tOk see you tomorrow then, call me when you leave home",
        "ham\tHow was the football match? We watched it at my brother's place",
        "not-a-label\tignored line",
        "no tab here",
    ]);

    [Fact]
    public void The_corpus_reader_keeps_labelled_lines_only()
    {
        Corpus.Count.ShouldBe(14);
        Corpus.Count(m => m.Spam).ShouldBe(6);
    }

    [Fact]
    public void Trained_on_a_small_corpus_it_separates_obvious_spam_from_ham()
    {
        var classifier = SpamClassifier.Train(Corpus);

        classifier.SpamProbability("Claim your free cash prize now! Call 09061234567 to win").ShouldBeGreaterThan(0.9);
        classifier.SpamProbability("See you at the market tomorrow, I'll bring the bread").ShouldBeLessThan(0.1);
    }

    [Fact]
    public void Text_with_no_known_word_gets_the_prior()
    {
        var classifier = SpamClassifier.Train(Corpus);

        classifier.SpamProbability("zzz qqq").ShouldBe(6 / 14.0, 1e-9);
        classifier.SpamProbability("").ShouldBe(6 / 14.0, 1e-9);
    }

    [Fact]
    public void A_corpus_without_both_classes_cannot_train()
    {
        Should.Throw<InvalidDataException>(() => SpamClassifier.Train([new(false, "hello there")]));
    }

    [Theory]
    [InlineData("Visit http://win.example.com/x now", "visit __url__ now")]
    [InlineData("go to www.prize.co and bit.ly/abc", "go to __url__ and __url__")]
    [InlineData("Only £1.50 or 100p or $20", "only __money__ or __money__ or __money__")]
    [InlineData("Call 09061701461 or +44 7700 900123", "call __phone__ or __phone__")]
    [InlineData("Text WIN to 87121, 2 times", "text win to __num__ __num__ times")]
    [InlineData("I'll be there", "i'll be there")]
    public void The_tokenizer_lowercases_and_replaces_addresses_prices_phones_and_numbers(string text, string tokens)
    {
        string.Join(' ', SpamTokenizer.Tokenize(text)).ShouldBe(tokens);
    }

    [Fact]
    public void The_stratified_split_keeps_each_class_share_and_repeats_with_the_same_seed()
    {
        var messages = Enumerable.Range(0, 100).Select(i => new LabelledMessage(i % 5 == 0, $"message {i}")).ToArray();

        var (train, test) = SpamCorpus.Split(messages, 0.2, 7);
        var (_, again) = SpamCorpus.Split(messages, 0.2, 7);

        test.Count.ShouldBe(20);
        test.Count(m => m.Spam).ShouldBe(4);
        train.Count(m => m.Spam).ShouldBe(16);
        test.Select(m => m.Text).ShouldBe(again.Select(m => m.Text));
        train.Intersect(test).ShouldBeEmpty();
    }

    [Fact]
    public void Thresholds_are_the_lowest_that_keep_ham_rejected_and_held_within_the_limits()
    {
        // 1,000 ham: at or above 0.5 are 0.6% (too many to reject), at or above 0.6 are 0.4%;
        // between 0.1 and 0.6 are 3.0% (may be held), between 0.05 and 0.6 are 3.5% (too many).
        double[] scores = [.. Enumerable.Repeat(0.65, 4), .. Enumerable.Repeat(0.55, 2), .. Enumerable.Repeat(0.15, 28), .. Enumerable.Repeat(0.07, 5), .. Enumerable.Repeat(0.01, 961)];
        var scored = scores.Select(p => (new LabelledMessage(false, ""), p)).ToList();
        scored.Add((new LabelledMessage(true, ""), 0.999));

        var thresholds = SpamThresholds.Choose(scored);

        thresholds.Reject.ShouldBe(0.6);
        thresholds.Hold.ShouldBe(0.1);
    }
}
