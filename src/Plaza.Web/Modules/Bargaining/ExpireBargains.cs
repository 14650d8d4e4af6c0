using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// Bargains whose time ran out unbought become Expired and give back what they held: the open slot on their deal
/// (so the starter may start again). A bought bargain is left to its order (<see cref="BargainOrders"/>). One
/// conditional UPDATE: idempotent and safe on several nodes; a purchase at the very last moment wins or loses on
/// the same row (<see cref="BargainPriceRule.Claim"/> requires the bargain still open and unexpired).
/// </summary>
internal sealed class ExpireBargains(IServiceScopeFactory scopes, IOptions<BargainingOptions> options, ILogger<ExpireBargains> log) : PeriodicSweep(scopes, log)
{
    /// <returns>How many bargains expired.</returns>
    public static Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return db.Set<Bargain>().Where(b => b.Status == BargainStatus.Open && b.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BargainStatus.Expired).SetProperty(b => b.OpenSlot, (Guid?)null), ct);
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(Math.Max(1, options.Value.SweepSeconds));

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Closed {Count} bargains whose time was up", count);
}
