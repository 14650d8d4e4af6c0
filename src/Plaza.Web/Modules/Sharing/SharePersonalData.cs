using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing;

/// <summary>
/// Share links hold only ids, codes and hashed visitor ids. On deletion the link through which the
/// person signed up is forgotten; their own links keep working for the people they shared them with,
/// under the pseudonymous account; order attributions stay with the orders they explain.
/// </summary>
internal sealed class SharePersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "share_links";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Links = await db.Set<ShareLink>().AsNoTracking().Where(l => l.SharerAccountId == accountId)
            .Select(l => new { l.Code, Kind = l.TargetKind, l.TargetId, l.StoreId, l.CreatedAtUtc }).ToListAsync(ct),
        SignedUpThrough = await db.Set<ShareSignup>().AsNoTracking().Where(s => s.AccountId == accountId).Select(s => s.ShareLinkId).ToListAsync(ct),
    };

    public Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) =>
        db.Set<ShareSignup>().Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
}
