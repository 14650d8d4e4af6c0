using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>The two staff steps a partner pickup point may take for its own orders (see <see cref="IPartnerPickups"/>).</summary>
internal sealed class PartnerPickups(PlazaDb db, TimeProvider clock) : IPartnerPickups
{
    public async Task<int> MarkArrived(Guid pickupPointId, IReadOnlyCollection<Guid> orderIds, Guid actorId, CancellationToken ct)
    {
        if (orderIds.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var orders = await OrderAccess.WithDetails(db)
            .Where(o => orderIds.Contains(o.Id) && o.PickupPointId == pickupPointId && o.Fulfilment == Fulfilment.Pickup
                && o.HoldReason == null && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.Preparing))
            .ToListAsync(ct);
        foreach (var order in orders)
        {
            if (order.Status == OrderStatus.Paid) order.StartPreparing(actorId, now);
            order.MarkReadyForPickup(actorId, now);
        }
        await db.SaveChangesAsync(ct); // the version check refuses the lot if staff moved one meanwhile; try again
        return orders.Count;
    }

    public async Task<Guid?> HandOver(Guid pickupPointId, IReadOnlyCollection<Guid> orderIds, string pickupCode, Guid actorId, CancellationToken ct)
    {
        var code = pickupCode.Trim();
        if (code.Length == 0 || orderIds.Count == 0) return null;
        var order = await OrderAccess.WithDetails(db)
            .FirstOrDefaultAsync(
                o => orderIds.Contains(o.Id) && o.PickupPointId == pickupPointId && o.Status == OrderStatus.ReadyForPickup && o.PickupCode == code, ct);
        if (order is null) return null;
        order.HandOver(actorId, code, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return order.Id;
    }
}
