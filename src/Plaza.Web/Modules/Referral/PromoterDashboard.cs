using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// The promoter's numbers: clicks and sign-ups through their share links, customers bound to them now, orders
/// through their links and orders that earned, and money per currency: frozen (in the after-sales window),
/// available (the wallet balance; withdrawable when above zero), withdrawn (pending or paid out). Recent commissions show only the
/// customer's initial.
/// </summary>
internal static class PromoterDashboard
{
    public const int Recent = 20;

    public sealed record MoneyView(string Currency, long FrozenMinor, long AvailableMinor, long WithdrawableMinor, long WithdrawnMinor);

    public sealed record CommissionView(Guid Id, int Level, string CustomerInitial, long AmountMinor, long ReversedMinor, long EarnedMinor, string Currency,
        string Status, DateTime CompletedAtUtc, DateTime ReleaseAtUtc);

    public sealed record WalletEntryView(string Kind, long AmountMinor, string Currency, string? State, DateTime AtUtc);

    public sealed record DashboardView(bool IsPromoter, DateTime? PromoterSinceUtc, int Clicks, int Signups, int BoundCustomers, int LinkOrders,
        int EarningOrders, IReadOnlyList<MoneyView> Money, IReadOnlyList<CommissionView> RecentCommissions, IReadOnlyList<WalletEntryView> RecentWalletEntries);

    public static async Task<DashboardView> Load(Guid accountId, PlazaDb db, IShareReferrals shares, IAccountDirectory accounts,
        IOptions<ReferralOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var promoter = await db.Set<Promoter>().AsNoTracking().FirstOrDefaultAsync(p => p.AccountId == accountId, ct);
        var totals = await shares.Totals(accountId, ct);
        var bound = await shares.SignupsSince(accountId, clock.GetUtcNow().UtcDateTime - options.Value.BindingPeriod, ct);
        var commissions = db.Set<Commission>().AsNoTracking().Where(c => c.PromoterId == accountId);
        var earningOrders = await commissions.Where(c => c.AmountMinor > c.ReversedMinor).Select(c => c.OrderId).Distinct().CountAsync(ct);
        var frozen = await commissions.Where(c => c.Status == CommissionStatus.Frozen).GroupBy(c => c.Currency)
            .Select(g => new { Currency = g.Key, Minor = g.Sum(c => c.AmountMinor - c.ReversedMinor) }).ToListAsync(ct);
        var wallets = await db.Set<Wallet>().AsNoTracking().Where(w => w.AccountId == accountId).ToListAsync(ct);
        var entries = db.Set<WalletEntry>().AsNoTracking().Where(e => e.AccountId == accountId);
        // Withdrawn: asked for and not turned down (a turned-down request's money is back in the balance).
        var withdrawn = await entries.Where(e => e.Kind == WalletEntryKind.Withdrawal && e.State != WalletEntry.Rejected).GroupBy(e => e.Currency)
            .Select(g => new { Currency = g.Key, Minor = -g.Sum(e => e.AmountMinor) }).ToListAsync(ct);
        var money = frozen.Select(f => f.Currency).Concat(wallets.Select(w => w.Currency)).Distinct().Order()
            .Select(cur =>
            {
                var balance = wallets.FirstOrDefault(w => w.Currency == cur)?.BalanceMinor ?? 0;
                return new MoneyView(cur, frozen.FirstOrDefault(f => f.Currency == cur)?.Minor ?? 0, balance, Math.Max(0, balance),
                    withdrawn.FirstOrDefault(w => w.Currency == cur)?.Minor ?? 0);
            }).ToList();

        var recent = await commissions.OrderByDescending(c => c.CompletedAtUtc).ThenByDescending(c => c.Id).Take(Recent).ToListAsync(ct);
        var people = await accounts.People(recent.Select(c => c.CustomerId).Distinct().ToList(), ct);
        var recentViews = recent.Select(c => new CommissionView(c.Id, c.Level, Initial(people.GetValueOrDefault(c.CustomerId)?.DisplayName), c.AmountMinor,
            c.ReversedMinor, c.EarnedMinor, c.Currency, c.Status.ToString().ToLowerInvariant(), c.CompletedAtUtc, c.ReleaseAtUtc)).ToList();
        var recentEntries = await entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(Recent)
            .Select(e => new WalletEntryView(e.Kind.ToString(), e.AmountMinor, e.Currency, e.State, e.AtUtc)).ToListAsync(ct);
        return new DashboardView(promoter is not null, promoter?.JoinedAtUtc, totals.Visits, totals.Signups, bound, totals.Orders, earningOrders,
            money, recentViews, recentEntries.Select(e => e with { Kind = KindName(e.Kind) }).ToList());
    }

    private static string KindName(string kind) => kind switch
    {
        nameof(WalletEntryKind.CommissionReleased) => "commission_released",
        nameof(WalletEntryKind.Reversal) => "reversal",
        nameof(WalletEntryKind.WithdrawalReturned) => "withdrawal_returned",
        _ => "withdrawal",
    };

    /// <summary>The first letter of a display name and a dot ("J."), or "?" for a deleted account.</summary>
    public static string Initial(string? displayName) =>
        displayName?.Trim() is { Length: > 0 } name ? char.ToUpperInvariant(name[0]) + "." : "?";

    public static async Task<Ok<DashboardView>> Handle(ClaimsPrincipal user, PlazaDb db, IShareReferrals shares, IAccountDirectory accounts,
        IOptions<ReferralOptions> options, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await Load(user.RequiredAccountId(), db, shares, accounts, options, clock, ct));
}
