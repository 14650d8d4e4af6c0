using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Bargaining.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining;

internal sealed class BargainSummaries(PlazaDb db) : IBargains
{
    public Task<BargainSummary?> Find(Guid bargainId, CancellationToken ct) =>
        (from b in db.Set<Bargain>()
         join d in db.Set<BargainDeal>() on b.DealId equals d.Id
         where b.Id == bargainId
         select new BargainSummary(b.Id, b.StoreId, d.ProductName, b.CurrentPriceMinor, d.Currency, "/bargains/" + b.Id)).FirstOrDefaultAsync(ct);
}
