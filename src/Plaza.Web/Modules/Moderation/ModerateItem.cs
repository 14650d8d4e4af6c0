using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// A moderator approves or removes one item. The content change, the closing of its open reports, the audit row (with
/// the spam model version that judges the text now) and the text's label for the spam model (<see cref="SpamLabel"/>)
/// are one transaction; the author's trust level is then worked out again and a removed item's author is notified with the reason.
/// </summary>
internal static class ModerateItem
{
    public sealed record RemoveRequest(string? Reason);

    /// <param name="ModelVersion">The spam model version that judged the text (null while no model is ready).</param>
    public sealed record ActionView(Guid AuditId, string Action, string TargetKind, Guid TargetId, int ReportsClosed, string? ModelVersion);

    /// <returns>null when there is no such kind or item.</returns>
    public static async Task<Outcome<ActionView>?> Execute(string kind, Guid id, string action, string? reason, ClaimsPrincipal user, PlazaDb db,
        IEnumerable<IModeratedContent> contents, INotifier notifier, SpamModel spam, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct)
    {
        if (action == ModerationActions.Remove)
        {
            var v = new Validator().Text(reason, "reason", ModerationAction.ReasonMax);
            if (!v.IsValid) return v;
            reason = reason!.Trim();
        }
        else reason = null;
        var content = contents.FirstOrDefault(c => c.Kind == kind.ToLowerInvariant());
        if (content is null || await content.Find(id, ct) is not { } item) return null;

        var now = clock.GetUtcNow().UtcDateTime;
        var text = item.Text ?? item.Excerpt;
        var judge = spam.Current;
        var probability = judge?.SpamProbability(text);
        var reportedAsSpam = await db.Set<Report>().AnyAsync(r => r.ContentKind == content.Kind && r.ContentId == id && r.Status == ReportStatus.Open
            && r.Reason == ReportReason.Spam, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (action == ModerationActions.Remove) await content.Remove(id, reason!, ct);
        else await content.Approve(id, ct);
        var audit = ModerationAction.Record(user.RequiredAccountId(), action, content.Kind, id, reason, now, item.AuthorId, judge?.Version);
        db.Add(audit);
        // One label per item: a later decision on it replaces an earlier one.
        await db.Set<SpamLabel>().Where(l => l.ContentKind == content.Kind && l.ContentId == id).ExecuteDeleteAsync(ct);
        if (SpamLabel.From(audit, text, item.Status == ModeratedStatus.Pending || reportedAsSpam, judge?.Version, probability) is { } label) db.Add(label);
        await db.SaveChangesAsync(ct);
        var closed = await CloseReports(db, content.Kind, id, now, ct);
        await tx.CommitAsync(ct);
        // The author's stored trust level follows the decision at once: live chat reads it as stored (ContentCheck).
        await accounts.TrustLevel(item.AuthorId, ct);

        if (action == ModerationActions.Remove)
            await notifier.Notify(item.AuthorId, ModerationNotificationKinds.ContentRemoved.Name, audit.Id, id,
                new Dictionary<string, string> { ["kind"] = content.Kind, ["reason"] = reason!, ["excerpt"] = item.Excerpt }, item.Link, ct);
        return new ActionView(audit.Id, action, content.Kind, id, closed, audit.ModelVersion);
    }

    private static Task<int> CloseReports(PlazaDb db, string kind, Guid id, DateTime now, CancellationToken ct) =>
        db.Set<Report>().Where(r => r.ContentKind == kind && r.ContentId == id && r.Status == ReportStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Closed).SetProperty(r => r.ClosedAtUtc, now), ct);

    public static async Task<Results<Ok<ActionView>, ValidationProblem, NotFound>> HandleApprove(string kind, Guid id, ClaimsPrincipal user, PlazaDb db,
        IEnumerable<IModeratedContent> contents, INotifier notifier, SpamModel spam, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct) =>
        (await Execute(kind, id, ModerationActions.Approve, null, user, db, contents, notifier, spam, accounts, clock, ct)).OkOr(a => a);

    public static async Task<Results<Ok<ActionView>, ValidationProblem, NotFound>> HandleRemove(string kind, Guid id, RemoveRequest request,
        ClaimsPrincipal user, PlazaDb db,
        IEnumerable<IModeratedContent> contents, INotifier notifier, SpamModel spam, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct) =>
        (await Execute(kind, id, ModerationActions.Remove, request.Reason, user, db, contents, notifier, spam, accounts, clock, ct)).OkOr(a => a);
}
