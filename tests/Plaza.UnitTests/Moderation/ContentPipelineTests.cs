using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.UnitTests.Moderation;

public sealed class ContentPipelineTests
{
    private static readonly Guid Author = Guid.CreateVersion7();

    private static ContentPipeline Pipeline(SpamClassifier? classifier, double hold = 0.2, double reject = 0.8) =>
        new(new ContentRules(), _ => Task.FromResult(classifier), new SpamThresholds(hold, reject));

    private static ContentSubmission Comment(string text, int trust = 2) => new(Author, trust, ContentKind.Comment, PlainText: text);

    [Fact]
    public async Task Obvious_spam_is_rejected_as_spam_likely_and_ham_is_allowed()
    {
        var pipeline = Pipeline(SpamClassifier.Train(SpamClassifierTests.Corpus));

        var spam = await pipeline.Check(Comment("URGENT winner! Claim your free cash prize, call 09061234567 now"), default);
        var ham = await pipeline.Check(Comment("See you at the market tomorrow, I'll bring the bread"), default);

        spam.Decision.ShouldBe(ContentDecision.Reject);
        spam.Reasons.ShouldBe([new ContentReason(ContentReasons.SpamLikely, "plainText")]);
        spam.SpamProbability!.Value.ShouldBeGreaterThanOrEqualTo(0.8);
        ham.Decision.ShouldBe(ContentDecision.Allow);
        ham.Reasons.ShouldBeEmpty();
    }

    [Fact]
    public async Task Content_between_the_thresholds_waits_for_review()
    {
        // "zzz" is unknown: the prior 6/14 ≈ 0.43 is between hold 0.2 and reject 0.8.
        var verdict = await Pipeline(SpamClassifier.Train(SpamClassifierTests.Corpus)).Check(Comment("zzz"), default);

        verdict.Decision.ShouldBe(ContentDecision.Hold);
        verdict.Reasons.ShouldBe([new ContentReason(ContentReasons.SpamSuspected, "plainText")]);
    }

    [Fact]
    public async Task Without_a_classifier_the_rules_still_decide()
    {
        var pipeline = Pipeline(null);

        (await pipeline.Check(Comment("URGENT winner! Claim your free cash prize"), default)).ShouldBe(new ContentVerdict(ContentDecision.Allow, [], null), new VerdictComparer());
        (await pipeline.Check(Comment("free bitcoin for all"), default)).Decision.ShouldBe(ContentDecision.Reject);
    }

    [Fact]
    public async Task A_broken_rule_rejects_without_asking_the_classifier()
    {
        var asked = false;
        var pipeline = new ContentPipeline(new ContentRules(), _ => { asked = true; return Task.FromResult<SpamClassifier?>(null); }, SpamThresholds.Default);

        var verdict = await pipeline.Check(Comment("\u202Eevil"), default);

        verdict.Decision.ShouldBe(ContentDecision.Reject);
        verdict.Reasons.ShouldBe([new ContentReason(ContentReasons.BidiOverride, "plainText")]);
        asked.ShouldBeFalse();
    }

    [Fact]
    public void Plain_text_is_encoded()
    {
        PlainText.Encode("<script>alert('x')</script> & \"q\"").ShouldBe("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    [Fact]
    public void The_corpus_path_is_found_from_the_repository_root()
    {
        var root = SpamModel.FindRepositoryRoot(AppContext.BaseDirectory);

        root.ShouldNotBeNull();
        SpamModel.ResolveCorpusPath(null, AppContext.BaseDirectory)
            .ShouldBe(Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "sms-spam", "sms_spam_dev.tsv")));
        SpamModel.ResolveCorpusPath("/data/x.tsv", AppContext.BaseDirectory).ShouldBe("/data/x.tsv");
    }

    [Fact]
    public async Task Without_the_corpus_file_the_model_answers_no_classifier_instead_of_failing()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Moderation:SpamCorpusPath"] = "/nonexistent/sms_spam.tsv" }).Build();
        var model = new SpamModel(configuration, new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory }, NullLogger<SpamModel>.Instance);

        (await model.Classifier(default)).ShouldBeNull();
        var verdict = await new ContentPipeline(new ContentRules(), model).Check(Comment("hello neighbours"), default);
        verdict.Decision.ShouldBe(ContentDecision.Allow);
        verdict.SpamProbability.ShouldBeNull();
    }

    private sealed class VerdictComparer : IEqualityComparer<ContentVerdict>
    {
        public bool Equals(ContentVerdict? x, ContentVerdict? y) =>
            x!.Decision == y!.Decision && x.Reasons.SequenceEqual(y.Reasons) && x.SpamProbability == y.SpamProbability;
        public int GetHashCode(ContentVerdict obj) => obj.Decision.GetHashCode();
    }
}
