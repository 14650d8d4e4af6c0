using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Platform.Idempotency;

/// <summary>A retry comes within minutes, not days: stored responses are kept for 24 hours, then removed.</summary>
internal sealed class IdempotencyJanitor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyJanitor> log) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public static async Task<int> SweepAsync(PlazaDb db, DateTime nowUtc, CancellationToken ct)
    {
        var cutoff = nowUtc - Retention;
        return await db.Set<IdempotencyRecord>().Where(r => r.CreatedAtUtc < cutoff).ExecuteDeleteAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SweepAsync(scope.ServiceProvider.GetRequiredService<PlazaDb>(), clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Idempotency clean-up failed; will retry");
            }
        }
    }
}
