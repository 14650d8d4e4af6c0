using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>A team group buy (share kind "Team"): its page shows who is in and how many spots are left.</summary>
internal sealed class TeamShareTarget(PlazaDb db) : IShareTargetFinder
{
    public Task<SharedPage?> Find(Guid targetId, Guid? storeId, CancellationToken ct) =>
        (from t in db.Set<GroupBuyTeam>()
         join d in db.Set<GroupBuyDeal>() on t.DealId equals d.Id
         where t.Id == targetId
         select new SharedPage("/group-buys/" + t.Id, d.ProductName, null, d.GroupPriceMinor, d.Currency)).FirstOrDefaultAsync(ct);
}
