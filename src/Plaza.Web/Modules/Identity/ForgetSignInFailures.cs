using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Identity;

/// <summary>
/// A count whose window is over counts for nothing (ADR 0021): it is removed within the hour, or someone spraying made-up
/// logins would grow the table for ever. One conditional delete: safe on every node at once.
/// </summary>
internal sealed class ForgetSignInFailures(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ForgetSignInFailures> log)
    : PeriodicSweep(scopes, log)
{
    public static Task<int> SweepAsync(PlazaDb db, DateTime nowUtc, CancellationToken ct) =>
        db.Set<SignInFailures>().Where(f => f.ResetsAtUtc <= nowUtc).ExecuteDeleteAsync(ct);

    protected override TimeSpan Period => TimeSpan.FromHours(1);

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) =>
        SweepAsync(services.GetRequiredService<PlazaDb>(), clock.GetUtcNow().UtcDateTime, ct);

    protected override void Report(int count) => log.LogDebug("Forgot {Count} sign-in failure counts whose window was over", count);
}
