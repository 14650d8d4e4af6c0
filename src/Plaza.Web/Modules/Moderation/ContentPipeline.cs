using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Rules, then the spam model, both on the normalised text. A refusing rule rejects (the model is not asked); otherwise
/// the model's spam probability of all fields together decides between allow, hold and reject (<see cref="SpamThresholds"/>),
/// and a holding rule (off-platform contact) holds what the model would allow. No model (no corpus, or still training):
/// rules only.
/// </summary>
internal sealed class ContentPipeline(ContentRules rules, Func<CancellationToken, Task<SpamClassifier?>> classifier, SpamThresholds thresholds)
    : IContentPipeline
{
    public ContentPipeline(ContentRules rules, SpamModel model) : this(rules, model.Classifier, SpamThresholds.Default) { }

    public async Task<ContentVerdict> Check(ContentSubmission submission, CancellationToken ct)
    {
        var outcome = rules.Check(submission);
        if (outcome.Refusals.Count > 0) return new(ContentDecision.Reject, outcome.Refusals, null);

        var spam = await classifier(ct);
        var p = spam?.SpamProbability(outcome.Text);
        var field = submission.Markdown is not null ? "markdown" : submission.PlainText is not null ? "plainText" : "title";
        if (p >= thresholds.Reject) return new(ContentDecision.Reject, [new(ContentReasons.SpamLikely, field)], p, spam!.Version);
        List<ContentReason> holds = p >= thresholds.Hold ? [.. outcome.Holds, new(ContentReasons.SpamSuspected, field)] : [.. outcome.Holds];
        return new(holds.Count > 0 ? ContentDecision.Hold : ContentDecision.Allow, holds, p, spam?.Version);
    }

    public string RenderMarkdown(string markdown) => MarkdownRenderer.Render(markdown);
}
