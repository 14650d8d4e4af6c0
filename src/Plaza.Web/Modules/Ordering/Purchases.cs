using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

internal sealed class Purchases(PlazaDb db) : IPurchases
{
    public Task<PurchasedLine?> Line(Guid orderLineId, CancellationToken ct) =>
        (from l in db.Set<OrderLine>().AsNoTracking()
         join o in db.Set<Order>().AsNoTracking() on l.OrderId equals o.Id
         where l.Id == orderLineId
         select new PurchasedLine(o.Id, o.Number, l.Id, o.StoreId, o.CustomerId, l.ProductId, l.ProductName, l.SkuLabel,
             o.Status == OrderStatus.Completed, o.PlacedAtUtc)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<PurchasedLine>> CompletedLines(Guid customerId, CancellationToken ct) =>
        await (from l in db.Set<OrderLine>().AsNoTracking()
               join o in db.Set<Order>().AsNoTracking() on l.OrderId equals o.Id
               where o.CustomerId == customerId && o.Status == OrderStatus.Completed
               orderby o.PlacedAtUtc descending, l.Id
               select new PurchasedLine(o.Id, o.Number, l.Id, o.StoreId, o.CustomerId, l.ProductId, l.ProductName, l.SkuLabel, true, o.PlacedAtUtc))
            .ToListAsync(ct);
}
