using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Every second: adds this node's taps to each room's stored total, then — if no node has shown that room's total in the
/// last second (one conditional UPDATE claims the slot) — broadcasts the total. So viewers get at most one like
/// message a second per room however many tap and however many nodes there are.
/// </summary>
internal sealed class ShowLikes(IServiceScopeFactory scopes, ILogger<ShowLikes> log) : PeriodicSweep(scopes, log)
{
    protected override TimeSpan Period => TimeSpan.FromSeconds(1);

    protected override bool SweepAtStart => false;

    protected override void Report(int count) { }

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) =>
        Run(services.GetRequiredService<LikeCounter>(), services.GetRequiredService<PlazaDb>(), services.GetRequiredService<LiveBroadcast>(),
            services.GetRequiredService<TimeProvider>(), ct);

    public static async Task<int> Run(LikeCounter likes, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        foreach (var (roomId, taps) in likes.Drain())
        {
            try
            {
                await db.Set<LiveRoom>().Where(r => r.Id == roomId).ExecuteUpdateAsync(r => r.SetProperty(x => x.Likes, x => x.Likes + taps), ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                likes.PutBack(roomId, taps);
                throw;
            }
        }
        var shown = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var slotFreeBefore = now.AddSeconds(-1);
        foreach (var roomId in likes.ToShow)
        {
            var claimed = await db.Set<LiveRoom>()
                .Where(r => r.Id == roomId && (r.LikesShownAtUtc == null || r.LikesShownAtUtc <= slotFreeBefore))
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.LikesShownAtUtc, now), ct);
            if (claimed != 1) continue;
            var total = await db.Set<LiveRoom>().Where(r => r.Id == roomId).Select(r => r.Likes).FirstAsync(ct);
            await broadcast.Likes(roomId, total);
            likes.Shown(roomId);
            shown++;
        }
        return shown;
    }
}
