using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// Money went back to the customer: each commission on the order is reversed in proportion to the part of its base
/// that was refunded (the delivery fee is not part of it). A frozen commission simply earns less; one already
/// released gets a negative wallet entry (a clawback), which may take the balance below zero. The target is
/// computed from what the order keeps now, and the change is written with a conditional UPDATE on the amount
/// reversed so far, so a second delivery of the event, or of an earlier refund's event, changes nothing.
/// </summary>
internal sealed class ReverseCommission(PlazaDb db, IOrderAmounts orders, TimeProvider clock) : IEventHandler<OrderRefunded>
{
    private const int Attempts = 3;

    public async Task Handle(OrderRefunded e, Guid eventId, CancellationToken ct)
    {
        var ids = await db.Set<Commission>().AsNoTracking().Where(c => c.OrderId == e.OrderId).Select(c => c.Id).ToListAsync(ct);
        if (ids.Count == 0) return;
        var order = await orders.Find(e.OrderId, ct);
        if (order is null) return;
        var kept = order.Lines.Sum(l => l.KeptMinor);
        foreach (var id in ids) await Reverse(id, kept, e.TotalRefundedMinor, ct);
    }

    private async Task Reverse(Guid commissionId, long keptMinor, long refundedTotalMinor, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var c = await db.Set<Commission>().AsNoTracking().FirstAsync(x => x.Id == commissionId, ct);
            var target = ReferralRules.ReversedFor(c.AmountMinor, c.BaseMinor, keptMinor);
            var more = target - c.ReversedMinor;
            if (more <= 0) return;

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var moved = await db.Set<Commission>().Where(x => x.Id == c.Id && x.ReversedMinor == c.ReversedMinor && x.Status == c.Status)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReversedMinor, target), ct);
            if (moved == 0) continue; // released or reversed meanwhile: look again

            var reversal = CommissionReversal.For(c.Id, refundedTotalMinor, more, c.Status == CommissionStatus.Released, clock.GetUtcNow().UtcDateTime);
            db.Add(reversal);
            if (reversal.AfterRelease)
            {
                db.Add(WalletEntry.Clawback(c, reversal));
                await WalletLedger.Adjust(db, c.PromoterId, c.Currency, -more, ct);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return;
        }
        throw new InvalidOperationException($"Commission {commissionId} kept changing; the refund will be retried.");
    }
}
