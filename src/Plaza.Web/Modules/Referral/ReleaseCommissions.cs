using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// Commissions whose after-sales window has closed move from frozen into the promoter's wallet. Safe on several
/// nodes: one conditional UPDATE (status Frozen → Released) decides who releases each, and the wallet entry is
/// written in the same transaction with what the commission still earns after any refunds.
/// </summary>
internal sealed class ReleaseCommissions(IServiceScopeFactory scopes, IOptions<ReferralOptions> options,
    ILogger<ReleaseCommissions> log) : PeriodicSweep(scopes, log)
{
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await db.Set<Commission>().AsNoTracking().Where(c => c.Status == CommissionStatus.Frozen && c.ReleaseAtUtc <= now)
            .OrderBy(c => c.ReleaseAtUtc).Select(c => c.Id).Take(200).ToListAsync(ct);
        var released = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var won = await db.Set<Commission>().Where(c => c.Id == id && c.Status == CommissionStatus.Frozen)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommissionStatus.Released).SetProperty(c => c.ReleasedAtUtc, now), ct);
            if (won == 0) continue; // another node released it
            // Read after the update: the row is ours now, so a refund arriving meanwhile sees it released and claws back instead.
            var c = await db.Set<Commission>().AsNoTracking().FirstAsync(x => x.Id == id, ct);
            if (c.EarnedMinor > 0)
            {
                db.Add(WalletEntry.Released(c, c.EarnedMinor, now));
                await WalletLedger.Adjust(db, c.PromoterId, c.Currency, c.EarnedMinor, ct);
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            released++;
        }
        return released;
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(Math.Max(1, options.Value.ReleaseSweepSeconds));

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Released {Count} commissions into wallets", count);
}
