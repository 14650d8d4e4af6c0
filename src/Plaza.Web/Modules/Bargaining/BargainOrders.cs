using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// A bargain's order is cancelled (or refunded in full): within its time limit the bargain is open again, at
/// the price it had reached, and may be bought again; after it, it stays closed as Expired. Keyed by the order
/// id with conditional UPDATEs, so a second delivery changes nothing. If the starter has meanwhile started
/// another bargain on the same deal, this one expires instead (one open bargain per deal per shopper).
/// </summary>
internal sealed class BargainOrders(PlazaDb db, TimeProvider clock) : IEventHandler<OrderStatusChanged>, IEventHandler<OrderRefunded>
{
    public Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct) => e.To == OrderStatus.Cancelled ? Reopen(e.OrderId, ct) : Task.CompletedTask;

    public Task Handle(OrderRefunded e, Guid eventId, CancellationToken ct) => e.Full ? Reopen(e.OrderId, ct) : Task.CompletedTask;

    private async Task Reopen(Guid orderId, CancellationToken ct)
    {
        var b = await db.Set<Bargain>().AsNoTracking().FirstOrDefaultAsync(x => x.OrderId == orderId && x.Status == BargainStatus.Bought, ct);
        if (b is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var dealId = b.DealId;
        var otherOpen = await db.Set<Bargain>().AnyAsync(x => x.OpenSlot == dealId && x.StarterId == b.StarterId, ct);
        if (!b.IsExpired(now) && !otherOpen)
            await db.Set<Bargain>().Where(x => x.Id == b.Id && x.OrderId == orderId && x.Status == BargainStatus.Bought)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.Status, BargainStatus.Open).SetProperty(x => x.OrderId, (Guid?)null).SetProperty(x => x.OpenSlot, dealId), ct);
        else
            await db.Set<Bargain>().Where(x => x.Id == b.Id && x.OrderId == orderId && x.Status == BargainStatus.Bought)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, BargainStatus.Expired), ct);
    }
}
