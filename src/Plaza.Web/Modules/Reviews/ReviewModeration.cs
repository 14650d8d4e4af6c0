using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Reviews;

/// <summary>
/// Puts review and reply text through the content pipeline. A refusal is a 400 naming the request's
/// own field (<c>text</c>), with the pipeline's reason codes; a hold means "store it, show it only after a
/// moderator approves". Accounts younger than 7 days are trust level 0, others 1.
/// </summary>
internal static class ReviewModeration
{
    public static readonly TimeSpan NewAccountAge = TimeSpan.FromDays(7);

    public static int TrustLevel(DateTime? registeredAtUtc, DateTime now) =>
        registeredAtUtc is { } at && now - at >= NewAccountAge ? 1 : 0;

    /// <returns>Whether the text is held for a moderator; errors go into <paramref name="v"/> under <paramref name="field"/>.</returns>
    public static async Task<bool> Check(string? text, string field, Guid authorId, Validator v, IContentPipeline pipeline,
        IAccountDirectory accounts, DateTime now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return false; // stars alone: nothing to check
        var trust = TrustLevel(await accounts.RegisteredAt(authorId, ct), now);
        var verdict = await pipeline.Check(new ContentSubmission(authorId, trust, ContentKind.Review, PlainText: text.Trim()), ct);
        if (verdict.Decision == ContentDecision.Reject)
            foreach (var reason in verdict.Reasons)
                v.Add(field, Message(reason.Code));
        return verdict.Decision == ContentDecision.Hold;
    }

    public static string Message(string code) => code switch
    {
        ContentReasons.TooLong => "The text is too long.",
        ContentReasons.ControlCharacters => "The text contains control characters.",
        ContentReasons.BidiOverride => "The text contains text direction control characters.",
        ContentReasons.EmojiFlood => "The text has too many emoji in a row.",
        ContentReasons.BlockedWord => "The text contains a phrase we do not allow.",
        ContentReasons.TooManyLinks => "The text has too many links.",
        ContentReasons.SpamLikely => "The text looks like spam.",
        _ => "The text cannot be published.",
    };
}
