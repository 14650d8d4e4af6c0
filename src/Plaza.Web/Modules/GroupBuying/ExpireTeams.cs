using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.GroupBuying;

internal sealed class GroupBuyingOptions
{
    public int SweepSeconds { get; set; } = 60;
}

/// <summary>
/// Teams whose time ran out before every seat was paid fail: each member's order is cancelled as the system —
/// a paid one refunded in full through the payment provider, an unpaid one simply cancelled — and its stock
/// goes back (Ordering's cancellation does both). Idempotent and safe on several nodes: the team fails with
/// one conditional UPDATE, each seat moves on only after its order is cancelled, and cancelling an order
/// that already is changes nothing. Members are told once per team.
/// </summary>
internal sealed class ExpireTeams(IServiceScopeFactory scopes, IOptions<GroupBuyingOptions> options, ILogger<ExpireTeams> log) : PeriodicSweep(scopes, log)
{
    public const string Reason = "The team did not fill in time";

    /// <returns>How many members' orders were cancelled or refunded.</returns>
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var holds = sp.GetRequiredService<IOrderHolds>();
        var seats = sp.GetRequiredService<TeamSeats>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.Set<GroupBuyTeam>().Where(t => t.Status == TeamStatus.Open && t.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TeamStatus.Failed).SetProperty(t => t.ClosedAtUtc, now), ct);

        var due = await (from m in db.Set<TeamMember>()
                         join t in db.Set<GroupBuyTeam>() on m.TeamId equals t.Id
                         where t.Status == TeamStatus.Failed && (m.State == SeatState.Held || m.State == SeatState.Paid)
                         orderby m.JoinedAtUtc
                         select m).AsNoTracking().Take(200).ToListAsync(ct);
        var done = 0;
        foreach (var seat in due)
        {
            db.ChangeTracker.Clear();
            if (!await holds.CancelBySystem(seat.OrderId, Reason, ct)) continue; // paid at this very moment, or no longer cancellable: next sweep
            var to = seat.State == SeatState.Paid ? SeatState.Refunded : SeatState.Cancelled;
            await db.Set<TeamMember>().Where(m => m.Id == seat.Id && m.State == seat.State).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, to), ct);
            done++;
        }
        foreach (var teamId in due.Select(s => s.TeamId).Distinct())
        {
            var team = await db.Set<GroupBuyTeam>().AsNoTracking().FirstAsync(t => t.Id == teamId, ct);
            await seats.Tell(team, "failed", ct);
        }
        return done;
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(Math.Max(1, options.Value.SweepSeconds));

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Gave back {Count} orders of teams that did not fill", count);
}
