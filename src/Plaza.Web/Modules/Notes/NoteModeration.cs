using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Note and comment text through the content pipeline (see <see cref="ContentCheck"/>). A refusal names
/// the request's own field: the pipeline's title→title, markdown→body, plainText→text; a hold means
/// "store it as Pending, show it only to its author until a moderator approves".
/// </summary>
internal static class NoteModeration
{
    public static Task<bool> Check(ContentKind kind, string? title, string? markdown, string? plainText, Guid authorId, Validator v,
        IContentPipeline pipeline, IAccountDirectory accounts, DateTime now, CancellationToken ct, IQueryable<DateTime>? createdByAuthor = null) =>
        ContentCheck.Run(kind, title, markdown, plainText, authorId, field => field switch { "title" => "title", "markdown" => "body", _ => "text" },
            v, pipeline, accounts, now, ct, createdByAuthor);
}
