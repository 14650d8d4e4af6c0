using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Rules, then the spam classifier. Any broken rule rejects (the classifier is not asked); otherwise
/// the spam probability of title and text together decides between allow, hold and reject
/// (<see cref="SpamThresholds"/>). No classifier (no corpus): rules only, never held for spam.
/// </summary>
internal sealed class ContentPipeline(ContentRules rules, Func<CancellationToken, Task<SpamClassifier?>> classifier, SpamThresholds thresholds)
    : IContentPipeline
{
    public ContentPipeline(ContentRules rules, SpamModel model) : this(rules, model.Classifier, SpamThresholds.Default) { }

    public async Task<ContentVerdict> Check(ContentSubmission submission, CancellationToken ct)
    {
        var reasons = rules.Check(submission);
        if (reasons.Count > 0) return new(ContentDecision.Reject, reasons, null);

        if (await classifier(ct) is not { } spam) return new(ContentDecision.Allow, [], null);
        var text = string.Join("\n", new[] { submission.Title, submission.Markdown, submission.PlainText }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var p = spam.SpamProbability(text);
        var field = submission.Markdown is not null ? "markdown" : submission.PlainText is not null ? "plainText" : "title";
        if (p >= thresholds.Reject) return new(ContentDecision.Reject, [new(ContentReasons.SpamLikely, field)], p);
        if (p >= thresholds.Hold) return new(ContentDecision.Hold, [new(ContentReasons.SpamSuspected, field)], p);
        return new(ContentDecision.Allow, [], p);
    }

    public string RenderMarkdown(string markdown) => MarkdownRenderer.Render(markdown);
}
