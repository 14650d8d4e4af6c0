using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications;

internal sealed class NotificationPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "notifications";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Items = await db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == accountId).OrderBy(n => n.CreatedAtUtc)
            .Select(n => new { n.Kind, n.Data, n.Link, n.CreatedAtUtc, n.ReadAtUtc }).ToListAsync(ct),
        SwitchedOff = await db.Set<NotificationOptOut>().AsNoTracking().Where(o => o.AccountId == accountId).Select(o => o.Kind).ToListAsync(ct),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        await db.Set<Notification>().Where(n => n.RecipientId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<NotificationOptOut>().Where(o => o.AccountId == accountId).ExecuteDeleteAsync(ct);
    }
}
