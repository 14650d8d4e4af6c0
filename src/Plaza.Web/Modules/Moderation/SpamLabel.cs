namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// A text a moderator's decision labelled, for the spam model to learn from (<see cref="RetrainSpamModel"/>): approving
/// it says good, removing it says spam when the pipeline had held it or someone reported it as spam (other removals,
/// for abuse say, teach the spam model nothing and are not labels). Keeps the version that judged the text and what it
/// said, so each version can be measured against moderators. Deleted with its author's account (the text is theirs).
/// </summary>
internal sealed class SpamLabel
{
    public const int TextMax = 10_000;

    private SpamLabel() { }

    /// <summary>The moderator's action (<see cref="ModerationAction"/>) that gave the label.</summary>
    public Guid Id { get; private set; }
    public string ContentKind { get; private set; } = "";
    public Guid ContentId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    public bool Spam { get; private set; }
    public string? ModelVersion { get; private set; }
    public double? SpamProbability { get; private set; }
    public DateTime DecidedAtUtc { get; private set; }

    /// <returns>null when the decision is no label: a removal of an item that was neither held nor reported as spam.</returns>
    public static SpamLabel? From(ModerationAction decision, string text, bool heldOrReportedAsSpam, string? modelVersion, double? spamProbability)
    {
        var spam = decision.Action == ModerationActions.Remove;
        if (spam && !heldOrReportedAsSpam || string.IsNullOrWhiteSpace(text)) return null;
        return new SpamLabel
        {
            Id = decision.Id, ContentKind = decision.TargetKind, ContentId = decision.TargetId, AuthorId = decision.SubjectAccountId,
            Text = text.Length <= TextMax ? text : text[..TextMax], Spam = spam, ModelVersion = modelVersion, SpamProbability = spamProbability,
            DecidedAtUtc = decision.AtUtc,
        };
    }
}
