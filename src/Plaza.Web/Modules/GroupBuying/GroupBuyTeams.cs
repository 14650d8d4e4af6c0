using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.GroupBuying.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.GroupBuying;

internal sealed class GroupBuyTeams(PlazaDb db) : IGroupBuyTeams
{
    public Task<TeamSummary?> Find(Guid teamId, CancellationToken ct) =>
        (from t in db.Set<GroupBuyTeam>()
         join d in db.Set<GroupBuyDeal>() on t.DealId equals d.Id
         where t.Id == teamId
         select new TeamSummary(t.Id, t.StoreId, d.ProductName, d.GroupPriceMinor, d.Currency, "/group-buys/" + t.Id)).FirstOrDefaultAsync(ct);
}
