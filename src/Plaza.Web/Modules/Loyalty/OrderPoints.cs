using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// Points for orders, and what a cancellation or refund gives back. Every entry is keyed so that handling
/// an event twice writes nothing new:
/// <list type="bullet">
/// <item>Completed: points for what was paid (× the tier's multiplier) and growth value, once per order.</item>
/// <item>Cancelled: the points spent on the order come back.</item>
/// <item>Refunded: spent points come back and earned points (and growth) are reversed in proportion to
/// how much of the payment has been refunded in total, keyed by that cumulative target. A reversal never
/// takes the balance below zero: points already spent elsewhere stay spent.</item>
/// </list>
/// </summary>
internal sealed class OrderPoints(PointsBook book, PlazaDb db, IOrderAmounts orders) : IEventHandler<OrderStatusChanged>, IEventHandler<OrderRefunded>
{
    public async Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct)
    {
        if (e.To == OrderStatus.Cancelled)
        {
            await ReturnSpent(e.OrderId, e.CustomerId, 1, 1, ct);
            return;
        }
        if (e.To != OrderStatus.Completed) return;
        if (await orders.Find(e.OrderId, ct) is not { PaidMinor: > 0 } amounts) return;
        var tier = await book.TierOf(e.CustomerId, ct);
        var points = tier.OrderPoints(amounts.PaidMinor, book.Options.PointsPerCurrencyUnitPaid);
        await book.Credit(e.CustomerId, PointsKind.EarnedOrder, points, amounts.PaidMinor / 100, PointsBook.Source.Order(e.OrderId), e.OrderId, ct);
        // Refunded before it completed: take back the refunded share now.
        if (amounts.RefundedMinor > 0) await ReverseEarned(e.OrderId, e.CustomerId, amounts.RefundedMinor, amounts.PaidMinor, ct);
    }

    public async Task Handle(OrderRefunded e, Guid eventId, CancellationToken ct)
    {
        if (await orders.Find(e.OrderId, ct) is not { PaidMinor: > 0 } amounts) return;
        var refunded = e.Full ? amounts.PaidMinor : Math.Min(e.TotalRefundedMinor, amounts.PaidMinor);
        await ReturnSpent(e.OrderId, e.CustomerId, refunded, amounts.PaidMinor, ct);
        await ReverseEarned(e.OrderId, e.CustomerId, refunded, amounts.PaidMinor, ct);
    }

    /// <summary>Gives back <paramref name="part"/>/<paramref name="whole"/> of the points spent on the order, less what already came back.</summary>
    private async Task ReturnSpent(Guid orderId, Guid customerId, long part, long whole, CancellationToken ct)
    {
        var moves = await Moves(orderId, ct);
        var spent = -moves.Where(m => m.Kind == PointsKind.Redeemed).Sum(m => m.Amount);
        if (spent <= 0) return;
        var target = Share(spent, part, whole);
        var back = target - moves.Where(m => m.Kind == PointsKind.RefundReturn).Sum(m => m.Amount);
        if (back > 0) await book.Credit(customerId, PointsKind.RefundReturn, back, 0, PointsBook.Source.OrderUpTo(orderId, target), orderId, ct);
    }

    /// <summary>
    /// Takes back <paramref name="part"/>/<paramref name="whole"/> of the points and growth earned on the order, less
    /// what was already taken.
    /// </summary>
    private async Task ReverseEarned(Guid orderId, Guid customerId, long part, long whole, CancellationToken ct)
    {
        var moves = await Moves(orderId, ct);
        if (!moves.Any(m => m.Kind == PointsKind.EarnedOrder)) return;
        var earned = moves.First(m => m.Kind == PointsKind.EarnedOrder);
        var reversed = moves.Where(m => m.Kind == PointsKind.Reversed).ToList();
        var target = Share(earned.Amount, part, whole);
        var targetGrowth = Share(earned.Growth, part, whole);
        var points = target + reversed.Sum(m => m.Amount);
        var growth = targetGrowth + reversed.Sum(m => m.Growth);
        if (points <= 0 && growth <= 0) return;
        await book.TakeBack(customerId, PointsKind.Reversed, points, growth, PointsBook.Source.OrderUpTo(orderId, target, targetGrowth), orderId, ct);
    }

    private static long Share(long amount, long part, long whole) => part >= whole ? amount : (long)((decimal)amount * part / whole);

    private async Task<List<(PointsKind Kind, long Amount, long Growth)>> Moves(Guid orderId, CancellationToken ct) =>
        (await db.Set<PointsEntry>().AsNoTracking().Where(x => x.OrderId == orderId).Select(x => new { x.Kind, x.Amount, x.Growth }).ToListAsync(ct))
        .Select(x => (x.Kind, x.Amount, x.Growth)).ToList();
}
