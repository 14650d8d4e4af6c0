using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

internal sealed class OrderAmountsReader(PlazaDb db) : IOrderAmounts
{
    public async Task<OrderAmounts?> Find(Guid orderId, CancellationToken ct)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return null;
        // Kept = paid for the line minus what its refunds gave back (the same rounding as OrderLine.RefundFor).
        var lines = order.Lines.Select(l => new OrderLineAmount(l.SkuId, l.ProductId, l.Quantity, l.RefundedQuantity, l.NetMinor,
            l.NetMinor - l.NetMinor * l.RefundedQuantity / l.Quantity)).ToList();
        return new OrderAmounts(order.Id, order.StoreId, order.CustomerId, order.Currency, order.Status, order.PlacedAtUtc, lines, order.PaidMinor,
            order.RefundedMinor);
    }
}
