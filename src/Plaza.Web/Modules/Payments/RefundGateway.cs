using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Payments;

/// <summary>Sends money back through the provider that took it; the provider confirms by webhook.</summary>
internal sealed class RefundGateway(PlazaDb db, IPaymentProvider provider, TimeProvider clock) : IRefundGateway
{
    public async Task RequestRefund(Guid orderId, long amountMinor, string currency, string reason, CancellationToken ct)
    {
        var payment = await db.Set<Payment>().FirstOrDefaultAsync(p => p.OrderId == orderId && p.Status == PaymentStatus.Succeeded, ct)
            ?? throw new DomainException("no_captured_payment", "There is no completed payment to refund.");
        if (currency != payment.Currency) throw new DomainException("currency_mismatch", "The refund currency differs from the payment's.");
        var refund = PaymentRefund.Request(payment, amountMinor, reason, clock.GetUtcNow().UtcDateTime);
        refund.Submitted(await provider.Refund(payment.ProviderReference!, refund.Id, amountMinor, currency, ct));
        db.Add(refund);
    }
}
