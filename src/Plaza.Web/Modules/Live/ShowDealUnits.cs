using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Once a second, for the rooms someone on this node watches: the open deals whose units left changed are sent again
/// (<see cref="LiveEvents.Deal"/>), so "3 left" moves as people buy and a sold-out deal says so. One query for all those
/// rooms; a buyer's order is never slowed by it. Checkout, not this count, decides who gets the last unit.
/// </summary>
internal sealed class ShowDealUnits(IServiceScopeFactory scopes, ILogger<ShowDealUnits> log) : PeriodicSweep(scopes, log)
{
    private static readonly ConcurrentDictionary<Guid, int> LastShown = new();

    protected override TimeSpan Period => TimeSpan.FromSeconds(1);

    protected override void Report(int count) { }

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) =>
        Run(services.GetRequiredService<IViewerPresence>(), services.GetRequiredService<PlazaDb>(), services.GetRequiredService<LiveBroadcast>(),
            services.GetRequiredService<TimeProvider>(), ct);

    public static async Task<int> Run(IViewerPresence presence, PlazaDb db, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var rooms = presence.LocalRooms.ToList();
        if (rooms.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var deals = await db.Set<LiveDeal>().AsNoTracking().Where(d => rooms.Contains(d.RoomId) && d.ClosesAtUtc > now).ToListAsync(ct);
        var shown = 0;
        foreach (var deal in deals)
        {
            // The first sight of a deal only records it: the viewers got its units when it opened or when they joined.
            if (LastShown.TryGetValue(deal.Id, out var last) && last != deal.Remaining)
            {
                await broadcast.Deal(deal.RoomId, OpenDeal.LiveDealView.From(deal));
                shown++;
            }
            LastShown[deal.Id] = deal.Remaining;
        }
        foreach (var gone in LastShown.Keys.Except(deals.Select(d => d.Id)).ToList()) LastShown.TryRemove(gone, out _);
        return shown;
    }
}
