using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Moderation;

/// <summary>The reports a person filed: exported, and deleted with the account. Moderators' audit rows stay (they hold only ids).</summary>
internal sealed class ReportPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "reports";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) =>
        (await db.Set<Report>().AsNoTracking().Where(r => r.ReporterId == accountId).OrderBy(r => r.CreatedAtUtc).ToListAsync(ct))
        .Select(FileReport.ReportView.From).ToList();

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) =>
        await db.Set<Report>().Where(r => r.ReporterId == accountId).ExecuteDeleteAsync(ct);
}
