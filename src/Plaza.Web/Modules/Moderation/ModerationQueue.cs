using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// What moderators work through, oldest first: content the pipeline held (pending, from every
/// <see cref="IModeratedContent"/>) and content with open reports, one row per item with the number of
/// reports, how many per reason and the reporters' notes.
/// </summary>
internal static class ModerationQueue
{
    public const int MaxItems = 200;

    public sealed record ReasonCount(string Reason, int Count);

    public sealed record QueueItem(string Kind, Guid Id, Guid AuthorId, string Excerpt, string Status, string? Link, bool Held,
        int ReportCount, IReadOnlyList<ReasonCount> Reasons, IReadOnlyList<string> Notes, DateTime WaitingSinceUtc);

    public static async Task<IReadOnlyList<QueueItem>> Load(PlazaDb db, IEnumerable<IModeratedContent> contents, CancellationToken ct)
    {
        var byKind = contents.ToDictionary(c => c.Kind);
        var open = await db.Set<Report>().AsNoTracking().Where(r => r.Status == ReportStatus.Open)
            .OrderBy(r => r.CreatedAtUtc).Take(MaxItems * 10).ToListAsync(ct);
        var reported = open.GroupBy(r => (r.ContentKind, r.ContentId)).ToDictionary(g => g.Key, g => g.ToList());

        var items = new Dictionary<(string, Guid), QueueItem>();
        foreach (var content in byKind.Values)
            foreach (var held in await content.ListPending(MaxItems, ct))
                items[(held.Kind, held.Id)] = ToQueueItem(held, true, reported.GetValueOrDefault((held.Kind, held.Id)) ?? []);
        foreach (var ((kind, id), reports) in reported)
        {
            if (items.ContainsKey((kind, id)) || !byKind.TryGetValue(kind, out var content)) continue;
            if (await content.Find(id, ct) is not { } item || item.Status == ModeratedStatus.Removed) continue;
            items[(kind, id)] = ToQueueItem(item, false, reports);
        }
        return items.Values.OrderBy(i => i.WaitingSinceUtc).ThenBy(i => i.Id).Take(MaxItems).ToList();
    }

    private static QueueItem ToQueueItem(ModeratedItem item, bool held, List<Report> reports) => new(
        item.Kind, item.Id, item.AuthorId, item.Excerpt, item.Status, item.Link, held, reports.Count,
        reports.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()).Select(g => new ReasonCount(g.Key.ToString().ToLowerInvariant(), g.Count())).ToList(),
        reports.Where(r => r.Note is not null).Select(r => r.Note!).ToList(),
        held || reports.Count == 0 ? item.CreatedAtUtc : reports.Min(r => r.CreatedAtUtc));

    public static async Task<Ok<IReadOnlyList<QueueItem>>> Handle(PlazaDb db, IEnumerable<IModeratedContent> contents, CancellationToken ct) =>
        TypedResults.Ok(await Load(db, contents, ct));
}

/// <summary>The audit log: every moderator action, newest first, paged.</summary>
internal static class ModerationAudit
{
    public const int PageSize = 50;

    /// <param name="SubjectAccountId">Whose account or content it was about.</param>
    /// <param name="ModelVersion">For a decision on content, the spam model version that judged its text.</param>
    public sealed record AuditEntry(Guid Id, Guid ModeratorId, string ModeratorName, string Action, string TargetKind, Guid TargetId, string? Reason,
        DateTime AtUtc, Guid? SubjectAccountId, string? SubjectName, string? ModelVersion);

    public static async Task<IReadOnlyList<AuditEntry>> Load(int page, PlazaDb db, Identity.Contracts.IAccountDirectory accounts, CancellationToken ct)
    {
        var rows = await db.Set<ModerationAction>().AsNoTracking().OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var names = await accounts.Find(rows.Select(r => r.ModeratorId)
            .Concat(rows.Where(r => r.SubjectAccountId != null).Select(r => r.SubjectAccountId!.Value)).ToList(), ct);
        return rows.Select(r => new AuditEntry(r.Id, r.ModeratorId, names.GetValueOrDefault(r.ModeratorId)?.DisplayName ?? "", r.Action,
            r.TargetKind, r.TargetId, r.Reason, r.AtUtc, r.SubjectAccountId,
            r.SubjectAccountId is { } s ? names.GetValueOrDefault(s)?.DisplayName : null, r.ModelVersion)).ToList();
    }

    public static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ValidationProblem>> Handle(int? page, PlazaDb db,
        Identity.Contracts.IAccountDirectory accounts, CancellationToken ct)
    {
        if (page is < 1 or > 10_000) return TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["page"] = ["'page' must be between 1 and 10000."],
        });
        return TypedResults.Ok(await Load(page ?? 1, db, accounts, ct));
    }
}
