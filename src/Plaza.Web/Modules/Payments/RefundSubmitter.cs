using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Payments;

/// <summary>
/// Sends a recorded refund to the provider, never inside a database transaction (ADR 0016): claim it with one conditional
/// UPDATE, call the provider keyed by the refund's id (so a repeat after a crash refunds once), then record the provider's
/// reference — or its refusal. Used right after the transaction that recorded the refund commits, and by
/// <see cref="SubmitRefunds"/> for refunds a crash left unsent.
/// </summary>
internal sealed class RefundSubmitter(PlazaDb db, IPaymentProvider provider, TimeProvider clock, ILogger<RefundSubmitter> log)
{
    /// <param name="seenAttempts">The refund's <see cref="PaymentRefund.SubmitAttempts"/> as the caller saw it; the claim fails if it moved.</param>
    /// <returns>Whether the provider took the refund in this call.</returns>
    public async Task<bool> Submit(Guid refundId, int seenAttempts, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("A refund goes to the provider after the transaction that recorded it commits (ADR 0016).");
        DateTime? until = clock.GetUtcNow().UtcDateTime + PaymentRefund.SubmitLease;
        var refunds = db.Set<PaymentRefund>().Where(r => r.Id == refundId);
        // Of several nodes (or a request and the sweep) that saw the same attempt count, one claims the refund.
        var claimed = await refunds.Where(r => r.SubmitAfterUtc != null && r.SubmitAttempts == seenAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmitAttempts, r => r.SubmitAttempts + 1).SetProperty(r => r.SubmitAfterUtc, until), ct);
        if (claimed == 0) return false;

        var refund = await refunds.AsNoTracking()
            .Join(db.Set<Payment>(), r => r.PaymentId, p => p.Id, (r, p) => new { r.AmountMinor, r.Currency, p.ProviderReference })
            .FirstAsync(ct);
        string reference;
        try
        {
            reference = await provider.Refund(refund.ProviderReference!, refundId, refund.AmountMinor, refund.Currency, ct);
        }
        catch (DomainException e)
        {
            // Refused for good (the provider holds no captured payment): the money must be settled by hand.
            log.LogError("The provider refused refund {RefundId}: {Reason}", refundId, e.Message);
            await refunds.Where(r => r.Status == RefundStatus.Pending).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RefundStatus.Failed)
                .SetProperty(r => r.SubmitAfterUtc, (DateTime?)null).SetProperty(r => r.LastError, Shorten(e.Message)), CancellationToken.None);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreachable or failing: the claim runs out at SubmitAfterUtc, and the sweep tries again.
            log.LogWarning(e, "Refund {RefundId} could not reach the provider; the sweep will try again", refundId);
            await refunds.ExecuteUpdateAsync(s => s.SetProperty(r => r.LastError, Shorten(e.Message)), CancellationToken.None);
            return false;
        }
        // The status is left alone: the provider's confirming event may already have landed.
        await refunds.ExecuteUpdateAsync(s => s.SetProperty(r => r.ProviderReference, reference)
            .SetProperty(r => r.SubmitAfterUtc, (DateTime?)null).SetProperty(r => r.LastError, (string?)null), CancellationToken.None);
        return true;
    }

    private static string Shorten(string message) => message.Length > PaymentRefund.ErrorMax ? message[..PaymentRefund.ErrorMax] : message;
}
