using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// Earned points expire <see cref="LoyaltyOptions.ExpiryDays"/> after they were earned. Spending uses up
/// the soonest-expiring earnings first (FIFO, <see cref="PointsExpiry"/>), so what expires is what is left
/// of old earnings after everything ever taken off. The sweep writes one <c>expired</c> entry per account
/// and sweep, keyed by the last earning it covers, so two nodes sweeping at once expire it once.
/// </summary>
internal sealed class ExpirePoints(IServiceScopeFactory scopes, ILogger<ExpirePoints> log) : PeriodicSweep(scopes, log)
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <returns>How many accounts lost points.</returns>
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var book = sp.GetRequiredService<PointsBook>();
        var now = book.Now;
        var accounts = await (from a in db.Set<PointsAccount>().AsNoTracking()
                              where a.Balance > 0 && db.Set<PointsEntry>().Any(e => e.AccountId == a.AccountId && e.Amount > 0 && e.ExpiresAtUtc <= now)
                              select a.AccountId).Take(500).ToListAsync(ct);
        var expired = 0;
        foreach (var accountId in accounts)
        {
            var (amount, last) = await Expiring(db, accountId, now, ct);
            if (amount > 0 && last is { } through && await book.Expire(accountId, amount, PointsBook.Source.Expiry(through), ct)) expired++;
        }
        return expired;
    }

    /// <summary>What of the account's points has expired by <paramref name="by"/> and not been used, and the last earning that covers.</summary>
    public static async Task<(long Amount, Guid? Through)> Expiring(PlazaDb db, Guid accountId, DateTime by, CancellationToken ct)
    {
        var (earnings, takenOff) = await Ledger(db, accountId, ct);
        var amount = PointsExpiry.ExpiringBy(earnings.Select(e => e.Earning), takenOff, by);
        var last = earnings.Where(e => e.Earning.ExpiresAtUtc <= by).OrderBy(e => e.Earning.ExpiresAtUtc).ThenBy(e => e.Id).LastOrDefault();
        return (amount, last.Earning is null ? null : last.Id);
    }

    /// <summary>The account's earnings that expire (with their entries' ids) and all ever taken off, as <see cref="PointsExpiry"/> counts them.</summary>
    public static async Task<(List<(Guid Id, PointsExpiry.Earning Earning)> Earnings, long TakenOff)> Ledger(PlazaDb db, Guid accountId,
        CancellationToken ct)
    {
        var entries = await db.Set<PointsEntry>().AsNoTracking().Where(e => e.AccountId == accountId)
            .Select(e => new { e.Id, e.Amount, e.ExpiresAtUtc }).ToListAsync(ct);
        var earnings = entries.Where(e => e.Amount > 0 && e.ExpiresAtUtc is not null)
            .Select(e => (e.Id, new PointsExpiry.Earning(e.Amount, e.ExpiresAtUtc!.Value))).ToList();
        return (earnings, -entries.Where(e => e.Amount < 0).Sum(e => e.Amount));
    }

    protected override TimeSpan Period => Every;

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Points expired for {Count} accounts", count);
}
