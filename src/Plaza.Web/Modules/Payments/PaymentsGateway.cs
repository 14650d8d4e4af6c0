using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Payments;

/// <summary>The <see cref="IPayments"/> contract: other modules' pages start checkouts through it.</summary>
internal sealed class PaymentsGateway(PlazaDb db, IEnumerable<IPayableSource> sources, IPaymentProvider provider, TimeProvider clock) : IPayments
{
    public async Task<string?> StartCheckout(string kind, Guid billId, Guid accountId, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Kind == kind) ?? throw new InvalidOperationException($"No payable source for '{kind}'.");
        return (await StartPayment.Start(source, billId, accountId, db, provider, clock, ct))?.RedirectUrl;
    }

    public Task<bool> Declined(Guid paymentId, string kind, Guid billId, CancellationToken ct) =>
        db.Set<Payment>().AnyAsync(p => p.Id == paymentId && p.Kind == kind && p.PayableId == billId && p.Status == PaymentStatus.Failed, ct);
}
