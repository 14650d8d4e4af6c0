using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Platform.Idempotency;

/// <summary>A retry comes within minutes, not days: stored responses are kept for 24 hours, then removed.</summary>
internal sealed class IdempotencyJanitor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyJanitor> log) : PeriodicSweep(scopes, log)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public static async Task<int> SweepAsync(PlazaDb db, DateTime nowUtc, CancellationToken ct)
    {
        var cutoff = nowUtc - Retention;
        return await db.Set<IdempotencyRecord>().Where(r => r.CreatedAtUtc < cutoff).ExecuteDeleteAsync(ct);
    }

    protected override TimeSpan Period => TimeSpan.FromHours(1);

    protected override bool SweepAtStart => false;

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) =>
        SweepAsync(services.GetRequiredService<PlazaDb>(), clock.GetUtcNow().UtcDateTime, ct);

    protected override void Report(int count) => log.LogDebug("Removed {Count} expired idempotency records", count);
}
