using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

internal sealed class OrderPayments(PlazaDb db, TimeProvider clock) : IOrderPayments
{
    public async Task<PayableOrder?> ForPayment(Guid orderId, Guid accountId, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking()
            .Where(o => o.Id == orderId && (o.CustomerId == accountId || o.PlacedById == accountId))
            .Select(o => new PayableOrder(o.Id, o.Number, o.StoreId, o.TotalMinor, o.Currency, o.Status == OrderStatus.AwaitingPayment))
            .FirstOrDefaultAsync(ct);

    public async Task<PaymentApplied> ApplyPayment(Guid orderId, Guid paymentId, long amountMinor, string currency, CancellationToken ct)
    {
        var order = await OrderAccess.WithDetails(db).FirstAsync(o => o.Id == orderId, ct);
        // Saved by the caller in its transaction; the version token loses cleanly to a racing expiry.
        return order.MarkPaid(paymentId, amountMinor, currency, clock.GetUtcNow().UtcDateTime) ? PaymentApplied.Applied : PaymentApplied.TooLate;
    }
}
