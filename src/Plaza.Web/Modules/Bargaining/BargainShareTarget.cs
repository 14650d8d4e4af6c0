using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>A bargain (share kind "Bargain"): its page shows the price reached and lets a signed-in friend cut it.</summary>
internal sealed class BargainShareTarget(PlazaDb db) : IShareTargetFinder
{
    public Task<SharedPage?> Find(Guid targetId, Guid? storeId, CancellationToken ct) =>
        (from b in db.Set<Bargain>()
         join d in db.Set<BargainDeal>() on b.DealId equals d.Id
         where b.Id == targetId
         select new SharedPage("/bargains/" + b.Id, d.ProductName, null, b.CurrentPriceMinor, d.Currency)).FirstOrDefaultAsync(ct);
}
