using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Every few seconds, for each room someone on this node watches: counts the viewers across all nodes
/// (<see cref="IViewerPresence"/>), broadcasts the count when it changed, and raises the room's peak with a conditional
/// UPDATE (the peak only ever grows, whichever node saw it).
/// </summary>
internal sealed class ShowViewerCounts(IServiceScopeFactory scopes, ILogger<ShowViewerCounts> log) : PeriodicSweep(scopes, log)
{
    private static readonly ConcurrentDictionary<Guid, int> LastShown = new();

    protected override TimeSpan Period => TimeSpan.FromSeconds(3);

    protected override void Report(int count) { }

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) =>
        Run(services.GetRequiredService<IViewerPresence>(), services.GetRequiredService<PlazaDb>(), services.GetRequiredService<LiveBroadcast>(),
            services.GetRequiredService<TimeProvider>(), ct);

    public static async Task<int> Run(IViewerPresence presence, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var shown = 0;
        foreach (var roomId in presence.LocalRooms)
        {
            var count = await presence.Count(roomId, now);
            await db.Set<LiveRoom>().Where(r => r.Id == roomId && r.PeakViewers < count)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.PeakViewers, count), ct);
            if (LastShown.TryGetValue(roomId, out var last) && last == count) continue;
            LastShown[roomId] = count;
            await broadcast.Viewers(roomId, count);
            shown++;
        }
        return shown;
    }
}
