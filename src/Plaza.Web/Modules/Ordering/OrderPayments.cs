using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Ordering;

internal sealed class OrderPayments(PlazaDb db, TimeProvider clock) : IOrderPayments
{
    public const string PayableKind = "order";

    public string Kind => PayableKind;

    /// <summary>The order if this account may pay for it (its customer, or the staff member who placed it) and it awaits payment.</summary>
    public async Task<Bill?> ForPayment(Guid orderId, Guid accountId, CancellationToken ct)
    {
        var o = await db.Set<Order>().AsNoTracking()
            .Where(o => o.Id == orderId && (o.CustomerId == accountId || o.PlacedById == accountId))
            .Select(o => new { o.Id, o.Number, o.TotalMinor, o.Currency, o.Status })
            .FirstOrDefaultAsync(ct);
        if (o is null) return null;
        if (o.Status != OrderStatus.AwaitingPayment) throw new DomainException("order_not_payable", "This order is not waiting for payment.");
        return new Bill(o.Id, $"Plaza order {o.Number}", o.TotalMinor, o.Currency, $"/orders/{o.Id}/payment-return");
    }

    public async Task<PaymentApplied> ApplyPayment(Guid orderId, Guid paymentId, long amountMinor, string currency, CancellationToken ct)
    {
        var order = await OrderAccess.WithDetails(db).FirstAsync(o => o.Id == orderId, ct);
        // Saved by the caller in its transaction; the version token loses cleanly to a racing expiry.
        return order.MarkPaid(paymentId, amountMinor, currency, clock.GetUtcNow().UtcDateTime) ? PaymentApplied.Applied : PaymentApplied.TooLate;
    }
}
