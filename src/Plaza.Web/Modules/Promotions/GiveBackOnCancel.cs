using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// A cancelled order (cancelled by the shopper or staff, or expired unpaid) gives back its coupons (they
/// can be used again while valid) and its flash-sale units (to the sale and to the shopper's limit). Each
/// claim row is released by one conditional UPDATE first, so running this twice gives back once.
/// </summary>
internal sealed class GiveBackOnCancel(PlazaDb db, TimeProvider clock) : IEventHandler<OrderStatusChanged>
{
    public async Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct)
    {
        if (e.To != OrderStatus.Cancelled) return;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ShopperCoupon>().Where(s => s.UsedOrderId == e.OrderId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UsedOrderId, (Guid?)null).SetProperty(x => x.UsedAtUtc, (DateTime?)null), ct);
        var claims = await db.Set<FlashSaleClaim>().AsNoTracking().Where(c => c.OrderId == e.OrderId && c.ReleasedAtUtc == null).ToListAsync(ct);
        foreach (var claim in claims)
        {
            var released = await db.Set<FlashSaleClaim>()
                .Where(c => c.OrderId == claim.OrderId && c.FlashSaleId == claim.FlashSaleId && c.ReleasedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReleasedAtUtc, now), ct);
            if (released != 1) continue;
            var q = claim.Quantity;
            await db.Set<FlashSale>().Where(s => s.Id == claim.FlashSaleId && s.Sold >= q)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Sold, x => x.Sold - q), ct);
            await db.Set<FlashSaleBuyer>().Where(b => b.FlashSaleId == claim.FlashSaleId && b.CustomerId == claim.CustomerId && b.Bought >= q)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Bought, x => x.Bought - q), ct);
        }
        await tx.CommitAsync(ct);
    }
}
