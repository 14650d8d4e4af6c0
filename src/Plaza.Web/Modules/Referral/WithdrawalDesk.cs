using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// Administrators' list of promoters' withdrawal requests: pending ones oldest first (paid in the order asked),
/// or the settled ones newest first. Shows whom to pay and how to reach them (administrators may see contact
/// details; no bank details are stored, the transfer is arranged with the promoter).
/// </summary>
internal static class WithdrawalDesk
{
    public const int PageSize = 50;

    public sealed record WithdrawalRow(Guid Id, Guid PromoterId, string PromoterName, string? PromoterEmail, long AmountMinor, string Currency,
        string State, DateTime RequestedAtUtc, string? PayoutReference, string? Note, DateTime? SettledAtUtc);

    public sealed record WithdrawalPage(IReadOnlyList<WithdrawalRow> Items, int Total, long PendingTotalMinor, string? PendingCurrency);

    public static readonly string[] States = [WalletEntry.Pending, WalletEntry.Paid, WalletEntry.Rejected];

    public static async Task<Outcome<WithdrawalPage>> List(string? state, int? page, PlazaDb db, IAccountDirectory accounts, CancellationToken ct)
    {
        state ??= WalletEntry.Pending;
        var v = new Validator()
            .Check(States.Contains(state), "state", "'state' is pending, paid or rejected.")
            .Check(page is null or >= 1, "page", "'page' starts at 1.");
        if (!v.IsValid) return v;
        var q = db.Set<WalletEntry>().AsNoTracking().Where(e => e.Kind == WalletEntryKind.Withdrawal && e.State == state);
        var total = await q.CountAsync(ct);
        var ordered = state == WalletEntry.Pending
            ? q.OrderBy(e => e.AtUtc).ThenBy(e => e.Id) : q.OrderByDescending(e => e.SettledAtUtc).ThenByDescending(e => e.Id);
        var entries = await ordered.Skip(((page ?? 1) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var people = await accounts.Find(entries.Select(e => e.AccountId).Distinct().ToList(), ct);
        var rows = entries.Select(e => Row(e, people.GetValueOrDefault(e.AccountId))).ToList();
        // One currency is the usual case; a mixed total would mean nothing, so it is only given for one.
        var pending = await db.Set<WalletEntry>().AsNoTracking().Where(e => e.Kind == WalletEntryKind.Withdrawal && e.State == WalletEntry.Pending)
            .GroupBy(e => e.Currency).Select(g => new { Currency = g.Key, Minor = -g.Sum(e => e.AmountMinor) }).ToListAsync(ct);
        return new WithdrawalPage(rows, total, pending.Count == 1 ? pending[0].Minor : 0, pending.Count == 1 ? pending[0].Currency : null);
    }

    public static WithdrawalRow Row(WalletEntry e, AccountRef? promoter) => new(e.Id, e.AccountId, promoter?.DisplayName ?? "?", promoter?.Email,
        -e.AmountMinor, e.Currency, e.State ?? WalletEntry.Pending, e.AtUtc, e.PayoutReference, e.SettlementNote, e.SettledAtUtc);

    public static async Task<Results<Ok<WithdrawalPage>, ValidationProblem>> Handle(string? state, int? page, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct) =>
        (await List(state, page, db, accounts, ct)).OkOr(p => p);
}
