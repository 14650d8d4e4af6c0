using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Live;

/// <summary>Ends the rooms whose host's stream has not come back within the grace period.</summary>
internal sealed class EndDroppedStreams(IServiceScopeFactory scopes, ILogger<EndDroppedStreams> log) : PeriodicSweep(scopes, log)
{
    protected override TimeSpan Period => TimeSpan.FromSeconds(5);

    protected override void Report(int count) => log.LogInformation("Ended {Count} live rooms whose stream did not come back", count);

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) =>
        Run(services.GetRequiredService<PlazaDb>(), services.GetRequiredService<LiveBroadcast>(),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveOptions>>().Value.Media, services.GetRequiredService<TimeProvider>(), ct);

    /// <returns>How many rooms it ended.</returns>
    public static async Task<int> Run(PlazaDb db, LiveBroadcast broadcast, LiveOptions.MediaOptions media, TimeProvider clock, CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddSeconds(-Math.Max(0, media.ReconnectGraceSeconds));
        var lost = await db.Set<LiveRoom>().AsNoTracking().Where(r => r.State == LiveRoomState.Live && r.StreamLostAtUtc <= before)
            .Select(r => r.Id).ToListAsync(ct);
        var ended = 0;
        foreach (var id in lost)
        {
            db.ChangeTracker.Clear();
            // It ends now, not when the video stopped: chat and deals stayed open while it waited.
            if (await EndRoom.Execute(id, db, broadcast, clock, ct) is { HasEnded: true }) ended++;
        }
        return ended;
    }
}
