using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// What happens to a seat when its order moves (ADR 0012). Every step is a conditional write keyed by the
/// order id, so running a handler twice changes nothing the second time.
/// <list type="bullet">
/// <item><b>Paid</b>: the seat becomes paid (Held → Paid, then paid_members + 1). When the last seat is paid
/// before the team expires, the team becomes Complete (one conditional UPDATE) and every member's order is
/// released for preparing; members are told. A payment that lands after the team failed is refunded at once.</item>
/// <item><b>Cancelled</b> (the unpaid order expired, or the shopper cancelled before the team filled), or a full
/// refund: while the team is open the seat is given back (the row is deleted, members − 1); a team nobody
/// is left in fails. After the team closed the seat only records what happened.</item>
/// </list>
/// </summary>
internal sealed class TeamSeats(PlazaDb db, IOrderHolds holds, INotifier notifier, TimeProvider clock)
    : IEventHandler<OrderStatusChanged>, IEventHandler<OrderRefunded>
{
    public const string NotificationKind = "GroupBuy";

    public Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct) => e.To switch
    {
        OrderStatus.Paid => Paid(e.OrderId, e.AtUtc, ct),
        OrderStatus.Cancelled => Leave(e.OrderId, ct),
        _ => Task.CompletedTask,
    };

    public Task Handle(OrderRefunded e, Guid eventId, CancellationToken ct) => e.Full ? Leave(e.OrderId, ct) : Task.CompletedTask;

    private async Task Paid(Guid orderId, DateTime paidAt, CancellationToken ct)
    {
        var seat = await db.Set<TeamMember>().AsNoTracking().FirstOrDefaultAsync(m => m.OrderId == orderId, ct);
        if (seat is null) return;
        var teamId = seat.TeamId;
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var nowPaid = await db.Set<TeamMember>().Where(m => m.OrderId == orderId && m.State == SeatState.Held)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, SeatState.Paid), ct);
            if (nowPaid == 1)
                await db.Set<GroupBuyTeam>().Where(t => t.Id == teamId).ExecuteUpdateAsync(s => s.SetProperty(t => t.PaidMembers, t => t.PaidMembers + 1), ct);
            var completed = await db.Set<GroupBuyTeam>()
                .Where(t => t.Id == teamId && t.Status == TeamStatus.Open && t.PaidMembers >= t.Size && t.ExpiresAtUtc > paidAt)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TeamStatus.Complete).SetProperty(t => t.ClosedAtUtc, now), ct);
            if (completed == 1)
            {
                var orders = await db.Set<TeamMember>().Where(m => m.TeamId == teamId && m.State == SeatState.Paid).Select(m => m.OrderId).ToListAsync(ct);
                await holds.Release(orders, ct);
            }
            await tx.CommitAsync(ct);
        }

        var team = await db.Set<GroupBuyTeam>().AsNoTracking().FirstAsync(t => t.Id == teamId, ct);
        if (team.Status == TeamStatus.Complete) await Tell(team, "complete", ct);
        else if (team.Status == TeamStatus.Failed && await holds.CancelBySystem(orderId, "The team did not fill in time", ct))
            await db.Set<TeamMember>().Where(m => m.OrderId == orderId && m.State == SeatState.Paid)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, SeatState.Refunded), ct);
    }

    private async Task Leave(Guid orderId, CancellationToken ct)
    {
        var seat = await db.Set<TeamMember>().AsNoTracking().FirstOrDefaultAsync(m => m.OrderId == orderId, ct);
        if (seat is not { State: SeatState.Held or SeatState.Paid }) return;
        var teamId = seat.TeamId;
        var team = await db.Set<GroupBuyTeam>().AsNoTracking().FirstAsync(t => t.Id == teamId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (team.Status == TeamStatus.Open)
        {
            var gone = await db.Set<TeamMember>().Where(m => m.Id == seat.Id && m.State == seat.State).ExecuteDeleteAsync(ct);
            if (gone == 1)
            {
                var paid = seat.State == SeatState.Paid ? 1 : 0;
                await db.Set<GroupBuyTeam>().Where(t => t.Id == teamId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Members, t => t.Members - 1).SetProperty(t => t.PaidMembers, t => t.PaidMembers - paid), ct);
                var now = clock.GetUtcNow().UtcDateTime;
                await db.Set<GroupBuyTeam>().Where(t => t.Id == teamId && t.Status == TeamStatus.Open && t.Members == 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TeamStatus.Failed).SetProperty(t => t.ClosedAtUtc, now), ct);
            }
        }
        else
        {
            var to = seat.State == SeatState.Paid ? SeatState.Refunded : SeatState.Cancelled;
            await db.Set<TeamMember>().Where(m => m.Id == seat.Id && m.State == seat.State).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, to), ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>Each member hears once per team (the team's id is the source event).</summary>
    internal async Task Tell(GroupBuyTeam team, string outcome, CancellationToken ct)
    {
        var deal = await db.Set<GroupBuyDeal>().AsNoTracking().FirstAsync(d => d.Id == team.DealId, ct);
        var members = await db.Set<TeamMember>().AsNoTracking().Where(m => m.TeamId == team.Id).Select(m => m.CustomerId).ToListAsync(ct);
        foreach (var member in members)
            await notifier.Notify(member, NotificationKind, team.Id, team.Id,
                new Dictionary<string, string> { ["outcome"] = outcome, ["product"] = deal.ProductName }, $"/group-buys/{team.Id}", ct);
    }
}
