using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Anyone signed in reports content they can see: kind + id, a reason (spam, abuse, misleading, other)
/// and an optional note (plain text through the content rules). Content that does not exist or that the
/// reporter cannot see is a 404; a second report of the same item by the same person a 409 <c>already_reported</c>;
/// more reports in an hour than the reporter's trust level allows a 429 <c>rate_limited</c> (<see cref="PostingLimits"/>).
/// </summary>
internal static class FileReport
{
    public sealed record ReportRequest(string? Kind, Guid? Id, string? Reason, string? Note);

    public sealed record ReportView(Guid Id, string Kind, Guid ContentId, string Reason, string? Note, string Status, DateTime CreatedAtUtc)
    {
        public static ReportView From(Report r) =>
            new(r.Id, r.ContentKind, r.ContentId, r.Reason.ToString().ToLowerInvariant(), r.Note, r.Status.ToString().ToLowerInvariant(), r.CreatedAtUtc);
    }

    public static readonly string[] Reasons = ["spam", "abuse", "misleading", "other"];

    /// <returns>null when there is no such item this person can see.</returns>
    public static async Task<Outcome<Report>?> Execute(ReportRequest request, ClaimsPrincipal user, PlazaDb db, IEnumerable<IModeratedContent> contents,
        IContentPipeline pipeline, Identity.Contracts.IAccountDirectory accounts, TimeProvider clock, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var v = new Validator()
            .Check(!string.IsNullOrWhiteSpace(request.Kind), "kind", "Say what kind of content you report.")
            .Check(request.Id is not null && request.Id != Guid.Empty, "id", "Say which item you report.")
            .Check(request.Reason is not null && Reasons.Contains(request.Reason.Trim().ToLowerInvariant()), "reason",
                "Choose a reason: spam, abuse, misleading or other.")
            .Text(request.Note, "note", Report.NoteMax, required: false);
        if (!string.IsNullOrWhiteSpace(request.Note) && v.IsValid)
        {
            var verdict = await pipeline.Check(new ContentSubmission(me, 0, ContentKind.Message, PlainText: request.Note.Trim()), ct);
            foreach (var reason in verdict.Reasons.Where(r =>
                r.Code is ContentReasons.ControlCharacters or ContentReasons.BidiOverride or ContentReasons.TooLong or ContentReasons.EmojiFlood))
                v.Add("note", "The note contains characters or runs we do not accept.");
        }
        if (!v.IsValid) return v;

        var content = contents.FirstOrDefault(c => c.Kind == request.Kind!.Trim().ToLowerInvariant());
        if (content is null || !await content.IsVisibleTo(request.Id!.Value, me, ct)) return null;
        var id = request.Id!.Value;
        if (await db.Set<Report>().AnyAsync(r => r.ContentKind == content.Kind && r.ContentId == id && r.ReporterId == me, ct))
            throw new DomainException("already_reported", "You have already reported this.");
        var now = clock.GetUtcNow().UtcDateTime;
        await PostingLimits.Ensure(PostingKind.Report, await accounts.TrustLevel(me, ct),
            db.Set<Report>().Where(r => r.ReporterId == me).Select(r => r.CreatedAtUtc), now, ct);

        var report = Report.File(content.Kind, id, me, Enum.Parse<ReportReason>(request.Reason!.Trim(), ignoreCase: true), request.Note, now);
        db.Add(report);
        await db.SaveOrConflictAsync("already_reported", "You have already reported this.", ct);
        return report;
    }

    public static async Task<Results<Created<ReportView>, ValidationProblem, NotFound>> Handle(ReportRequest request, ClaimsPrincipal user, PlazaDb db,
        IEnumerable<IModeratedContent> contents, IContentPipeline pipeline, Identity.Contracts.IAccountDirectory accounts, TimeProvider clock,
            CancellationToken ct) =>
        (await Execute(request, user, db, contents, pipeline, accounts, clock, ct)).CreatedOr(r => $"/api/v1/reports/{r.Id}", ReportView.From);
}
