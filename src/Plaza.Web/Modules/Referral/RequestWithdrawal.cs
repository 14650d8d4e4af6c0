using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// A promoter asks to have part of their wallet paid out to their bank. The balance goes down at once with one
/// conditional UPDATE (never below what there is), and a pending withdrawal entry is written in the same
/// transaction. No payout provider is connected: the entry stays pending until someone pays it by hand.
/// </summary>
internal static class RequestWithdrawal
{
    public sealed record WithdrawalRequest(long? AmountMinor, string? Currency);

    public sealed record WithdrawalView(Guid Id, long AmountMinor, string Currency, string State, DateTime AtUtc);

    public static async Task<Outcome<WalletEntry>> Execute(WithdrawalRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.AmountMinor is > 0, "amountMinor", "Enter an amount above zero.")
            .Check(r.Currency is { Length: 3 } c && c.All(char.IsAsciiLetter), "currency", "'currency' is a three-letter code such as GBP.");
        if (!v.IsValid) return v;
        var account = user.RequiredAccountId();
        var currency = r.Currency!.ToUpperInvariant();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await WalletLedger.TryTake(db, account, currency, r.AmountMinor!.Value, ct))
            throw new DomainException("insufficient_balance", "That is more than you can withdraw.");
        var entry = WalletEntry.Withdrawal(account, currency, r.AmountMinor.Value, clock.GetUtcNow().UtcDateTime);
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return entry;
    }

    public static async Task<Results<Created<WithdrawalView>, ValidationProblem>> Handle(WithdrawalRequest request, ClaimsPrincipal user, PlazaDb db,
        TimeProvider clock, CancellationToken ct) =>
        (await Execute(request, user, db, clock, ct)).CreatedOr(_ => "/api/v1/referrals/me",
            e => new WithdrawalView(e.Id, -e.AmountMinor, e.Currency, e.State!, e.AtUtc));
}
