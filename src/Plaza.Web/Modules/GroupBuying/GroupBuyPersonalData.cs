using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// The teams a person opened or joined. Seats hold only the pseudonymous account id and the order id (kept
/// for accounting, like the orders themselves): nothing to erase. Team pages show members by their current
/// display name, so a deleted account simply stops being named. The per-deal claim counters are only locks: erased.
/// </summary>
internal sealed class GroupBuyPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "groupBuys";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) =>
        await (from m in db.Set<TeamMember>().AsNoTracking()
               join t in db.Set<GroupBuyTeam>() on m.TeamId equals t.Id
               where m.CustomerId == accountId
               orderby m.JoinedAtUtc
               select new { TeamId = t.Id, t.DealId, Leader = t.LeaderId == accountId, m.OrderId, m.Quantity, Seat = m.State.ToString(),
                   Team = t.Status.ToString(), m.JoinedAtUtc })
            .ToListAsync(ct);

    public Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) =>
        db.Set<ShopperDealClaims>().Where(c => c.CustomerId == accountId).ExecuteDeleteAsync(ct);
}
