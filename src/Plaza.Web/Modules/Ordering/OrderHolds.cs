using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>Holds (a flag <see cref="Order.StartPreparing"/> checks) and system cancellations for other modules.</summary>
internal sealed class OrderHolds(PlazaDb db, IStock stock, IRefundGateway refunds, TimeProvider clock) : IOrderHolds
{
    public async Task Hold(Guid orderId, string reason, CancellationToken ct) =>
        await db.Set<Order>().Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.HoldReason, reason), ct);

    public async Task Release(IReadOnlyCollection<Guid> orderIds, CancellationToken ct)
    {
        if (orderIds.Count == 0) return;
        await db.Set<Order>().Where(o => orderIds.Contains(o.Id) && o.HoldReason != null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.HoldReason, (string?)null), ct);
    }

    public async Task<bool> CancelBySystem(Guid orderId, string reason, CancellationToken ct)
    {
        var order = await OrderAccess.WithDetails(db).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return false;
        if (order.Status == OrderStatus.Cancelled) return true;
        if (!order.CanCancel) return false;
        try
        {
            await CancelOrder.CancelWithinTransaction(order, null, ActorKind.System, reason, db, stock, refunds, clock, ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // paid or cancelled meanwhile: the caller tries again later
            return false;
        }
    }
}
