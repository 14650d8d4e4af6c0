using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// An administrator settles a pending withdrawal. No payout provider is connected, so the money goes out by
/// hand (a bank transfer made outside Plaza): "paid" records that transfer's reference; "turned down" says why
/// and gives the amount back to the wallet in the same transaction. Either happens once: the state moves from
/// pending by one conditional UPDATE, so two administrators at the same moment cannot both settle it.
/// The promoter is told either way.
/// </summary>
internal static class SettleWithdrawal
{
    public sealed record PaidRequest(string? Reference);

    public sealed record RejectRequest(string? Reason);

    public static async Task<Outcome<WalletEntry>?> MarkPaid(Guid withdrawalId, PaidRequest r, ClaimsPrincipal user, PlazaDb db, INotifier notifier,
        TimeProvider clock, CancellationToken ct)
    {
        var reference = r.Reference?.Trim();
        var v = new Validator().Check(reference is { Length: > 0 and <= 100 }, "reference", "Give the bank transfer's reference (up to 100 characters).");
        if (!v.IsValid) return v;
        return await Settle(withdrawalId, WalletEntry.Paid, reference, null, user, db, notifier, clock, ct);
    }

    public static async Task<Outcome<WalletEntry>?> Reject(Guid withdrawalId, RejectRequest r, ClaimsPrincipal user, PlazaDb db, INotifier notifier,
        TimeProvider clock, CancellationToken ct)
    {
        var reason = r.Reason?.Trim();
        var v = new Validator().Check(reason is { Length: > 0 and <= 300 }, "reason", "Say why, in up to 300 characters: the promoter is told.");
        if (!v.IsValid) return v;
        return await Settle(withdrawalId, WalletEntry.Rejected, null, reason, user, db, notifier, clock, ct);
    }

    private static async Task<Outcome<WalletEntry>?> Settle(Guid withdrawalId, string state, string? reference, string? note, ClaimsPrincipal user,
        PlazaDb db, INotifier notifier, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var admin = user.RequiredAccountId();
        var withdrawals = db.Set<WalletEntry>().Where(e => e.Id == withdrawalId && e.Kind == WalletEntryKind.Withdrawal);
        if (!await withdrawals.AnyAsync(ct)) return null;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await withdrawals.Where(e => e.State == WalletEntry.Pending).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.State, state)
            .SetProperty(e => e.PayoutReference, reference)
            .SetProperty(e => e.SettlementNote, note)
            .SetProperty(e => e.SettledAtUtc, now)
            .SetProperty(e => e.SettledBy, admin), ct);
        if (moved == 0) throw new DomainException("withdrawal_settled", "This withdrawal was already settled.");
        var withdrawal = await withdrawals.AsNoTracking().SingleAsync(ct);
        if (state == WalletEntry.Rejected)
        {
            db.Add(WalletEntry.Returned(withdrawal, now));
            await db.SaveChangesAsync(ct);
            await WalletLedger.Adjust(db, withdrawal.AccountId, withdrawal.Currency, -withdrawal.AmountMinor, ct);
        }
        await tx.CommitAsync(ct);

        await notifier.Notify(withdrawal.AccountId, PayoutNotificationKinds.Payout.Name, withdrawal.Id, withdrawal.Id, new Dictionary<string, string>
        {
            ["outcome"] = state,
            ["amountMinor"] = (-withdrawal.AmountMinor).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["currency"] = withdrawal.Currency,
            ["reference"] = reference ?? "",
            ["reason"] = note ?? "",
        }, "/account/promoter", ct);
        return withdrawal;
    }

    public static async Task<Results<Ok<WithdrawalDesk.WithdrawalRow>, ValidationProblem, NotFound>> HandlePaid(Guid id, PaidRequest request,
        ClaimsPrincipal user, PlazaDb db, INotifier notifier, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct) =>
        await View(await MarkPaid(id, request, user, db, notifier, clock, ct), accounts, ct);

    public static async Task<Results<Ok<WithdrawalDesk.WithdrawalRow>, ValidationProblem, NotFound>> HandleReject(Guid id, RejectRequest request,
        ClaimsPrincipal user, PlazaDb db, INotifier notifier, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct) =>
        await View(await Reject(id, request, user, db, notifier, clock, ct), accounts, ct);

    private static async Task<Results<Ok<WithdrawalDesk.WithdrawalRow>, ValidationProblem, NotFound>> View(Outcome<WalletEntry>? outcome,
        IAccountDirectory accounts, CancellationToken ct)
    {
        if (outcome is not { Ok: true, Value: { } withdrawal }) return outcome.OkOr(e => WithdrawalDesk.Row(e, null));
        var promoter = (await accounts.Find([withdrawal.AccountId], ct)).GetValueOrDefault(withdrawal.AccountId);
        return TypedResults.Ok(WithdrawalDesk.Row(withdrawal, promoter));
    }
}
