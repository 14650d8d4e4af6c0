namespace Plaza.Web.Platform.Jobs;

/// <summary>
/// A job that sweeps at a fixed period on every node: each run in its own DI scope, a failed run logged
/// and tried again at the next tick. Safe on several nodes because every sweep moves rows with
/// conditional writes and is idempotent. Its ticks come from the app's <see cref="TimeProvider"/>, so a test's
/// fake clock drives them; <c>Jobs:Enabled=false</c> runs no job on this node (tests call the sweeps directly).
/// </summary>
internal abstract class PeriodicSweep(IServiceScopeFactory scopes, ILogger log) : BackgroundService
{
    protected abstract TimeSpan Period { get; }

    /// <returns>How many things it moved (for the log).</returns>
    protected abstract Task<int> Sweep(IServiceProvider services, CancellationToken ct);

    /// <summary>Logs a run that moved something, in the job's own words.</summary>
    protected abstract void Report(int count);

    /// <summary>Whether to sweep once at start-up, before the first tick.</summary>
    protected virtual bool SweepAtStart => true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeProvider clock;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Jobs:Enabled", true)) return;
            clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        }
        using var timer = new PeriodicTimer(Period, clock);
        if (SweepAtStart) await RunOnce(stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await RunOnce(stoppingToken);
    }

    private async Task RunOnce(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var n = await Sweep(scope.ServiceProvider, ct);
            if (n > 0) Report(n);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "{Job} failed; will try again at the next tick", GetType().Name);
        }
    }
}
