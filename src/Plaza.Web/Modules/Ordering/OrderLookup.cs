using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>A customer's own orders for Support's assistant: every query filters on the customer, so no answer can reach another's order.</summary>
internal sealed class OrderLookup(PlazaDb db, IRefundGateway refunds) : IOrderLookup
{
    public async Task<CustomerOrder?> ByNumber(Guid customerId, string number, CancellationToken ct) =>
        View(await Of(customerId).FirstOrDefaultAsync(o => o.Number == number, ct));

    public async Task<CustomerOrder?> Find(Guid customerId, Guid orderId, CancellationToken ct) =>
        View(await Of(customerId).FirstOrDefaultAsync(o => o.Id == orderId, ct));

    public async Task<IReadOnlyList<CustomerOrder>> Recent(Guid customerId, Guid storeId, int take, CancellationToken ct) =>
        (await Of(customerId).Where(o => o.StoreId == storeId).OrderByDescending(o => o.PlacedAtUtc).ThenByDescending(o => o.Id)
            .Take(Math.Clamp(take, 1, 100)).ToListAsync(ct)).Select(o => View(o)!).ToList();

    public async Task<IReadOnlyList<BillRefund>> Refunds(Guid customerId, Guid orderId, CancellationToken ct)
    {
        var order = await Of(customerId).Where(o => o.Id == orderId).Select(o => new { o.RefundedMinor, o.Currency }).FirstOrDefaultAsync(ct);
        if (order is null || order.RefundedMinor == 0) return [];
        var made = await refunds.Refunds(OrderPayments.PayableKind, orderId, ct);
        if (made.Count > 0) return made;
        // An imported order's cancellations gave money back elsewhere, before Plaza: the order's history is the only record, and it was paid.
        var at = await db.Set<OrderStatusChange>().AsNoTracking().Where(h => h.OrderId == orderId && h.From == h.To)
            .MaxAsync(h => (DateTime?)h.AtUtc, ct) ?? DateTime.MinValue;
        return [new BillRefund(order.RefundedMinor, order.Currency, RefundState.Settled, at, at)];
    }

    private IQueryable<Order> Of(Guid customerId) => db.Set<Order>().AsNoTracking().Where(o => o.CustomerId == customerId);

    private static CustomerOrder? View(Order? o) => o is null ? null : new(
        o.Id, o.Number, o.StoreId, o.Status, o.PaymentState, o.Fulfilment, o.PickupPointId, o.PickupPointName, o.ShowsPickupCode ? o.PickupCode : null,
        o.SlotStartUtc, o.SlotEndUtc, o.TotalMinor, o.RefundedMinor, o.Currency, o.PlacedAtUtc);
}
