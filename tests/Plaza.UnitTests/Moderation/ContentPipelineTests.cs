using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.UnitTests.Moderation;

public sealed class ContentPipelineTests
{
    private static readonly Guid Author = Guid.CreateVersion7();
    private const string Spammy = "URGENT winner! Claim your free cash prize, call 09061234567 now";
    private const string Hammy = "See you at the market tomorrow, I'll bring the bread";

    private static ContentPipeline Pipeline(SpamClassifier? classifier, double hold, double reject) =>
        new(new ContentRules(), _ => Task.FromResult(classifier), new SpamThresholds(hold, reject));

    private static ContentSubmission Comment(string text, int trust = 2) => new(Author, trust, ContentKind.Comment, PlainText: text);

    [Fact]
    public async Task At_or_above_the_reject_threshold_content_is_rejected_as_spam_likely_and_below_hold_it_is_allowed()
    {
        var (spamP, hamP) = (SpamClassifierTests.Small.SpamProbability(Spammy), SpamClassifierTests.Small.SpamProbability(Hammy));
        hamP.ShouldBeLessThan(spamP);
        var pipeline = Pipeline(SpamClassifierTests.Small, hold: (hamP + spamP) / 2, reject: spamP);

        var spam = await pipeline.Check(Comment(Spammy), default);
        var ham = await pipeline.Check(Comment(Hammy), default);

        spam.ShouldBe(new ContentVerdict(ContentDecision.Reject, spam.Reasons, spamP, "test-1"));
        spam.Reasons.ShouldBe([new ContentReason(ContentReasons.SpamLikely, "plainText")]);
        ham.Decision.ShouldBe(ContentDecision.Allow);
        ham.Reasons.ShouldBeEmpty();
        ham.ModelVersion.ShouldBe("test-1");
    }

    [Fact]
    public async Task Between_the_thresholds_content_waits_for_review()
    {
        var p = SpamClassifierTests.Small.SpamProbability(Spammy);

        var verdict = await Pipeline(SpamClassifierTests.Small, hold: p - 0.01, reject: p + 0.01).Check(Comment(Spammy), default);

        verdict.Decision.ShouldBe(ContentDecision.Hold);
        verdict.Reasons.ShouldBe([new ContentReason(ContentReasons.SpamSuspected, "plainText")]);
    }

    [Fact]
    public async Task A_holding_rule_holds_what_the_model_would_allow()
    {
        var verdict = await Pipeline(SpamClassifierTests.Small, hold: 0.99, reject: 0.999).Check(Comment("Add me on Telegram @sunny_deals"), default);

        verdict.Decision.ShouldBe(ContentDecision.Hold);
        verdict.Reasons.ShouldBe([new ContentReason(ContentReasons.OffPlatformContact, "plainText")]);
        verdict.SpamProbability.ShouldNotBeNull();
    }

    [Fact]
    public async Task Without_a_model_the_rules_still_decide()
    {
        var pipeline = Pipeline(null, 0.2, 0.8);

        var allowed = await pipeline.Check(Comment("URGENT winner! Claim your free cash prize"), default);
        allowed.Decision.ShouldBe(ContentDecision.Allow);
        allowed.SpamProbability.ShouldBeNull();
        allowed.ModelVersion.ShouldBeNull();
        (await pipeline.Check(Comment("free bitcoin for all"), default)).Decision.ShouldBe(ContentDecision.Reject);
        (await pipeline.Check(Comment("Add me on Telegram @sunny_deals"), default)).Decision.ShouldBe(ContentDecision.Hold);
    }

    [Fact]
    public async Task A_refusing_rule_rejects_without_asking_the_model()
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
        var model = new SpamModel(configuration, new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory }, PlatformHosts.Default,
            NullLogger<SpamModel>.Instance);

        (await model.Base(default)).ShouldBeNull();
        (await model.Classifier(default)).ShouldBeNull();
        var verdict = await new ContentPipeline(new ContentRules(), model).Check(Comment("hello neighbours"), default);
        verdict.Decision.ShouldBe(ContentDecision.Allow);
        verdict.SpamProbability.ShouldBeNull();
    }

    [Fact]
    public void A_newer_version_takes_over_and_an_older_one_does_not()
    {
        var configuration =
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Moderation:SpamCorpusPath"] = "/nonexistent" }).Build();
        var model = new SpamModel(configuration, new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory }, PlatformHosts.Default,
            NullLogger<SpamModel>.Instance);

        model.Use(SpamClassifierTests.Small, 2).ShouldBeTrue();
        model.Use(SpamClassifier.Load(SpamClassifierTests.Small.Save(), "v1", PlatformHosts.Default), 1).ShouldBeFalse();

        model.Current!.Version.ShouldBe("test-1");
        model.CurrentNumber.ShouldBe(2);
    }
}
