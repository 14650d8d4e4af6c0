using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// A leader's earnings follow their campaign orders: when an order completes (handed over with its pickup code)
/// the leader earns the campaign's commission on what the shopper paid for the campaign items; after a refund the
/// commission is recomputed on what the shopper still keeps (a full refund leaves nothing). A cancelled order
/// earns nothing. Each handler sets the value from the order's current amounts, so running it twice changes nothing.
/// </summary>
internal sealed class LeaderCommissions(PlazaDb db, IOrderAmounts amounts) : IEventHandler<OrderStatusChanged>, IEventHandler<OrderRefunded>
{
    public async Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct)
    {
        if (e.To == OrderStatus.Cancelled)
        {
            await db.Set<LeaderOrder>().Where(o => o.OrderId == e.OrderId && o.State == LeaderOrderState.Placed)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, LeaderOrderState.Cancelled), ct);
            return;
        }
        if (e.To != OrderStatus.Completed) return;
        var commission = await Earned(e.OrderId, ct);
        if (commission is null) return;
        await db.Set<LeaderOrder>().Where(o => o.OrderId == e.OrderId && o.State != LeaderOrderState.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, LeaderOrderState.Completed)
                .SetProperty(o => o.CommissionMinor, commission.Value)
                .SetProperty(o => o.CompletedAtUtc, o => o.CompletedAtUtc ?? e.AtUtc), ct);
    }

    public async Task Handle(OrderRefunded e, Guid eventId, CancellationToken ct)
    {
        var commission = await Earned(e.OrderId, ct);
        if (commission is null) return;
        await db.Set<LeaderOrder>().Where(o => o.OrderId == e.OrderId && o.State == LeaderOrderState.Completed)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.CommissionMinor, commission.Value), ct);
    }

    /// <summary>The commission on what the shopper keeps of the campaign items; null when it is not a leader's order.</summary>
    private async Task<long?> Earned(Guid orderId, CancellationToken ct)
    {
        var row = await db.Set<LeaderOrder>().AsNoTracking().FirstOrDefaultAsync(o => o.OrderId == orderId, ct);
        if (row is null) return null;
        var campaign = await db.Set<Campaign>().AsNoTracking().Include(c => c.Items).FirstAsync(c => c.Id == row.CampaignId, ct);
        var order = await amounts.Find(orderId, ct);
        if (order is null) return null;
        var skus = campaign.Items.Select(i => i.SkuId).ToHashSet();
        return campaign.CommissionOn(order.Lines.Where(l => skus.Contains(l.SkuId)).Sum(l => l.KeptMinor));
    }
}
