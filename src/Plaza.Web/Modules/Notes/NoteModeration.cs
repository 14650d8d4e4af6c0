using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Puts note and comment text through the content pipeline. A refusal is a 400 naming the request's own
/// field (the pipeline's field <c>title</c>→<c>title</c>, <c>markdown</c>→<c>body</c>, <c>plainText</c>→<c>text</c>);
/// a hold means "store it as Pending, show it only to its author until a moderator approves".
/// Accounts younger than 7 days are trust level 0, others 1.
/// </summary>
internal static class NoteModeration
{
    public static readonly TimeSpan NewAccountAge = TimeSpan.FromDays(7);

    public static int TrustLevel(DateTime? registeredAtUtc, DateTime now) =>
        registeredAtUtc is { } at && now - at >= NewAccountAge ? 1 : 0;

    /// <returns>Whether the content is held for a moderator; refusals go into <paramref name="v"/>.</returns>
    public static async Task<bool> Check(ContentKind kind, string? title, string? markdown, string? plainText, Guid authorId, Validator v,
        IContentPipeline pipeline, IAccountDirectory accounts, DateTime now, CancellationToken ct)
    {
        var trust = TrustLevel(await accounts.RegisteredAt(authorId, ct), now);
        var verdict = await pipeline.Check(new ContentSubmission(authorId, trust, kind,
            Title: title?.Trim(), Markdown: string.IsNullOrWhiteSpace(markdown) ? null : markdown.Trim(), PlainText: plainText?.Trim()), ct);
        if (verdict.Decision == ContentDecision.Reject)
            foreach (var reason in verdict.Reasons)
                v.Add(reason.Field switch { "title" => "title", "markdown" => "body", _ => "text" }, Message(reason.Code));
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
        ContentReasons.SpamLikely => "The text looks like spam.",
        _ => "The text cannot be published.",
    };
}
