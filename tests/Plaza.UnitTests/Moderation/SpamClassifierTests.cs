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

    internal static SpamClassifier Small { get; } = SpamClassifier.Train(Corpus, "test-1", PlatformHosts.Default);

    [Fact]
    public void Trained_on_a_small_corpus_it_separates_obvious_spam_from_ham()
    {
        Small.SpamProbability("Claim your free cash prize now! Call 09061234567 to win").ShouldBeGreaterThan(0.7);
        Small.SpamProbability("See you at the market tomorrow, I'll bring the bread").ShouldBeLessThan(0.3);
    }

    [Fact]
    public void A_saved_model_loads_under_its_version_and_judges_the_same()
    {
        var loaded = SpamClassifier.Load(Small.Save(), "test-1", PlatformHosts.Default);

        loaded.Version.ShouldBe("test-1");
        foreach (var text in new[] { "Claim your free cash prize now!", "See you at the market", "今天有酸面包吗" })
            loaded.SpamProbability(text).ShouldBe(Small.SpamProbability(text), 1e-6);
    }

    [Fact]
    public void The_same_messages_train_the_same_model()
    {
        SpamClassifier.Train(Corpus, "again", PlatformHosts.Default).SpamProbability("win a cash prize at the market")
            .ShouldBe(Small.SpamProbability("win a cash prize at the market"), 1e-9);
    }

    [Fact]
    public void Many_threads_can_judge_with_one_model_at_once()
    {
        var texts = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? $"Claim your free prize {i}" : $"See you at the market at {i}").ToArray();
        var alone = texts.Select(Small.SpamProbability).ToArray();

        var together = new double[texts.Length];
        Parallel.For(0, texts.Length, i => together[i] = Small.SpamProbability(texts[i]));

        together.ShouldBe(alone);
    }

    [Fact]
    public void A_corpus_without_both_classes_cannot_train()
    {
        Should.Throw<InvalidDataException>(() => SpamClassifier.Train([new LabelledMessage(false, "hello there")], "x", PlatformHosts.Default));
    }
}
