using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Reviews;

/// <summary>
/// Review and reply text through the content pipeline (see <see cref="ContentCheck"/>); refusals are
/// named <c>field</c>; a hold means "store it, show it only after a moderator approves".
/// </summary>
internal static class ReviewModeration
{
    public static async Task<bool> Check(string? text, string field, Guid authorId, Validator v, IContentPipeline pipeline,
        IAccountDirectory accounts, DateTime now, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(text) // stars alone: nothing to check
        && await ContentCheck.Run(ContentKind.Review, null, null, text, authorId, _ => field, v, pipeline, accounts, now, ct);

    /// <summary>A new review counts against the author's hourly limit (<see cref="PostingLimits"/>), with or without text.</summary>
    public static async Task EnsureWithinLimit(Platform.Data.PlazaDb db, Guid authorId, IAccountDirectory accounts, DateTime now, CancellationToken ct) =>
        await PostingLimits.Ensure(PostingKind.Review, await accounts.TrustLevel(authorId, ct),
            db.Set<Review>().Where(r => r.AuthorAccountId == authorId).Select(r => r.CreatedAtUtc), now, ct);
}
