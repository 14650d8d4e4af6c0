using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Payments;

/// <summary>
/// Sends money back through the provider that took it, in two steps (ADR 0016): the refund is recorded in the caller's
/// transaction, and this scope's refunds go to the provider once the caller has committed. The provider confirms by webhook.
/// </summary>
internal sealed class RefundGateway(PlazaDb db, RefundSubmitter submitter, TimeProvider clock) : IRefundGateway
{
    private readonly List<Guid> _requested = [];

    public async Task RequestRefund(string kind, Guid billId, long amountMinor, string currency, string reason, string? requestKey, CancellationToken ct)
    {
        // The payment that paid the bill: the first to succeed (a later one was sent back as too late).
        var payment = await db.Set<Payment>().Where(p => p.Kind == kind && p.PayableId == billId && p.Status == PaymentStatus.Succeeded)
            .OrderBy(p => p.CompletedAtUtc).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("no_captured_payment", "There is no completed payment to refund.");
        if (currency != payment.Currency) throw new DomainException("currency_mismatch", "The refund currency differs from the payment's.");
        var refund = PaymentRefund.Request(payment, amountMinor, reason, clock.GetUtcNow().UtcDateTime, requestKey);
        db.Add(refund);
        _requested.Add(refund.Id);
    }

    public Task<bool> Requested(string requestKey, CancellationToken ct) => db.Set<PaymentRefund>().AnyAsync(r => r.RequestKey == requestKey, ct);

    public async Task<IReadOnlyList<BillRefund>> Refunds(string kind, Guid billId, CancellationToken ct)
    {
        var rows = await db.Set<PaymentRefund>().AsNoTracking()
            .Join(db.Set<Payment>().Where(p => p.Kind == kind && p.PayableId == billId), r => r.PaymentId, p => p.Id, (r, _) => r)
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).ToListAsync(ct);
        return rows.Select(r => new BillRefund(r.AmountMinor, r.Currency, StateOf(r.Status), r.CreatedAtUtc,
            r.Status == RefundStatus.Succeeded ? r.CompletedAtUtc : null)).ToList();
    }

    private static RefundState StateOf(RefundStatus status) => status switch
    {
        RefundStatus.Succeeded => RefundState.Settled,
        RefundStatus.Failed => RefundState.Failed,
        _ => RefundState.Pending,
    };

    public async Task SubmitRequested(CancellationToken ct)
    {
        // A refund whose transaction rolled back has no row: its claim finds nothing and it is skipped.
        var requested = _requested.ToList();
        _requested.Clear();
        foreach (var id in requested) await submitter.Submit(id, seenAttempts: 0, ct);
    }
}
