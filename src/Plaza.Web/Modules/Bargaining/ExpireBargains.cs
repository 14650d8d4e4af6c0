using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// Bargains whose time ran out unbought become Expired and give back what they held: the open slot on their deal
/// (so the starter may start again). A bought bargain is left to its order (<see cref="BargainOrders"/>). Each is
/// closed with one conditional UPDATE on its row: idempotent and safe on several nodes; a purchase at the very
/// last moment wins or loses on the same row (<see cref="BargainPriceRule.Claim"/> requires the bargain still
/// open and unexpired). The starter is told once (the bargain's id is the notification's source), by the node
/// whose UPDATE closed it.
/// </summary>
internal sealed class ExpireBargains(IServiceScopeFactory scopes, IOptions<BargainingOptions> options, ILogger<ExpireBargains> log) : PeriodicSweep(scopes, log)
{
    private const int Batch = 200;

    /// <returns>How many bargains expired.</returns>
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var notifier = sp.GetRequiredService<INotifier>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await (from b in db.Set<Bargain>().AsNoTracking()
                         join d in db.Set<BargainDeal>() on b.DealId equals d.Id
                         where b.Status == BargainStatus.Open && b.ExpiresAtUtc <= now
                         orderby b.ExpiresAtUtc
                         select new { b.Id, b.StarterId, b.CurrentPriceMinor, d.ProductName, d.Currency }).Take(Batch).ToListAsync(ct);
        var expired = 0;
        foreach (var b in due)
        {
            var closed = await db.Set<Bargain>().Where(x => x.Id == b.Id && x.Status == BargainStatus.Open && x.ExpiresAtUtc <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, BargainStatus.Expired).SetProperty(x => x.OpenSlot, (Guid?)null), ct);
            if (closed == 0) continue; // bought at the last moment, or another node closed it
            expired++;
            await notifier.Notify(b.StarterId, CutBargain.NotificationKind, b.Id, b.Id, new Dictionary<string, string>
            {
                ["outcome"] = "expired", ["product"] = b.ProductName, ["priceMinor"] = b.CurrentPriceMinor.ToString(CultureInfo.InvariantCulture),
                ["currency"] = b.Currency,
            }, $"/bargains/{b.Id}", ct);
        }
        return expired;
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(Math.Max(1, options.Value.SweepSeconds));

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Closed {Count} bargains whose time was up", count);
}
