using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Moderation.Contracts;

/// <summary>
/// How a content module runs text through the pipeline: the author's stored trust level (Identity,
/// brought up to date with their activity), the per-person posting limit for new content, refusals as
/// field errors in plain words, and whether the text is held for a moderator.
/// </summary>
internal static class ContentCheck
{
    /// <param name="fieldFor">Maps the pipeline's field (title, markdown, plainText) to the request's own field name.</param>
    /// <param name="createdByAuthor">For new content (not edits): when the author's earlier items of this kind were created,
    /// for <see cref="PostingLimits"/>; over the limit throws <see cref="Platform.Errors.RateLimitedException"/>.</param>
    /// <param name="storedTrustLevel">The author's trust level as stored, when the caller read it with its own checks (live chat, where a
    /// busy room sends hundreds of messages a second): it is used as is instead of being worked out again from the author's
    /// activity. Identity keeps it current: on every post, comment and review, when a moderator removes something of the
    /// author's or locks the level, and when the author joins a live room.</param>
    /// <returns>Whether the content is held for a moderator; refusals go into <paramref name="v"/>.</returns>
    public static async Task<bool> Run(ContentKind kind, string? title, string? markdown, string? plainText, Guid authorId, Func<string, string> fieldFor,
        Validator v, IContentPipeline pipeline, IAccountDirectory accounts, DateTime now, CancellationToken ct, IQueryable<DateTime>? createdByAuthor = null,
        int? storedTrustLevel = null)
    {
        var trust = storedTrustLevel ?? await accounts.TrustLevel(authorId, ct);
        if (createdByAuthor is not null)
            await PostingLimits.Ensure(kind switch { ContentKind.Note => PostingKind.Note, ContentKind.Review => PostingKind.Review, _ => PostingKind.Comment },
                trust, createdByAuthor, now, ct);
        var verdict = await pipeline.Check(new ContentSubmission(authorId, trust, kind,
            Title: title?.Trim(), Markdown: string.IsNullOrWhiteSpace(markdown) ? null : markdown.Trim(), PlainText: plainText?.Trim()), ct);
        if (verdict.Decision == ContentDecision.Reject)
            foreach (var reason in verdict.Reasons)
                v.Add(fieldFor(reason.Field), Message(reason.Code));
        return verdict.Decision == ContentDecision.Hold;
    }

    public static string Message(string code) => code switch
    {
        ContentReasons.Empty => "The text is empty.",
        ContentReasons.TooLong => "The text is too long.",
        ContentReasons.ControlCharacters => "The text contains control characters.",
        ContentReasons.BidiOverride => "The text contains text direction control characters.",
        ContentReasons.EmojiFlood => "The text has too many emoji in a row.",
        ContentReasons.BlockedWord => "The text contains a phrase we do not allow.",
        ContentReasons.TooManyLinks => "The text has too many links.",
        ContentReasons.LookAlikeLink => "The text links to an address that imitates another site.",
        ContentReasons.OffPlatformPayment => "Payments happen in the app: the text asks to pay outside it.",
        ContentReasons.InvestmentScam => "The text promises earnings from crypto, which we do not allow.",
        ContentReasons.SpamLikely => "The text looks like spam.",
        _ => "The text cannot be published.",
    };
}
