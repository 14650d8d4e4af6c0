using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

/// <summary>A deleted account leaves every community it belonged to; member counts are recounted.</summary>
internal sealed class MembershipPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "communities";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) =>
        await (from m in db.Set<Membership>().AsNoTracking()
               join c in db.Set<Community>() on m.CommunityId equals c.Id
               where m.AccountId == accountId
               select new { CommunityId = c.Id, c.Name, c.Slug, Role = m.Role.ToString(), Status = m.Status.ToString(), m.JoinedAtUtc }).ToListAsync(ct);

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        var communities = await db.Set<Membership>().Where(m => m.AccountId == accountId).Select(m => m.CommunityId).ToListAsync(ct);
        await db.Set<Membership>().Where(m => m.AccountId == accountId).ExecuteDeleteAsync(ct);
        foreach (var id in communities) await MemberCounter.Recount(db, id, ct);
    }
}
