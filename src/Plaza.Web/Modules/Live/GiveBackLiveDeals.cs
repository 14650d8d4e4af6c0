using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// A cancelled order (by the shopper, staff, or unpaid in time) gives its live-deal units back to the deal and to the
/// shopper's limit. Each claim row is released by one conditional UPDATE first, so running this twice gives back once.
/// </summary>
internal sealed class GiveBackLiveDeals(PlazaDb db, TimeProvider clock) : IEventHandler<OrderStatusChanged>
{
    public async Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct)
    {
        if (e.To != OrderStatus.Cancelled) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = await db.Set<LiveDealClaim>().AsNoTracking().Where(c => c.OrderId == e.OrderId && c.ReleasedAtUtc == null).ToListAsync(ct);
        if (claims.Count == 0) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var claim in claims)
        {
            var released = await db.Set<LiveDealClaim>().Where(c => c.OrderId == claim.OrderId && c.DealId == claim.DealId && c.ReleasedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReleasedAtUtc, now), ct);
            if (released != 1) continue;
            var q = claim.Quantity;
            await db.Set<LiveDeal>().Where(d => d.Id == claim.DealId && d.Sold >= q).ExecuteUpdateAsync(s => s.SetProperty(x => x.Sold, x => x.Sold - q), ct);
            await db.Set<LiveDealBuyer>().Where(b => b.DealId == claim.DealId && b.CustomerId == claim.CustomerId && b.Bought >= q)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Bought, x => x.Bought - q), ct);
        }
        await tx.CommitAsync(ct);
    }
}
