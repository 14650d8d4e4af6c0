using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Leaders.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// At a campaign's cut-off: every order placed through its leaders that is still waiting for payment is cancelled
/// as the system (its stock goes back), so the pick list and delivery manifest hold paid orders only; then the
/// campaign is closed and its pick list final. Idempotent and safe on several nodes: cancelling an order that
/// already is changes nothing, an order paid at this very moment stays (and the campaign closes on a later
/// sweep), and the campaign closes with one conditional UPDATE, committed together with a <see cref="CampaignClosed"/>
/// event in the outbox (its leaders are told, <see cref="NotifyCampaignClosed"/>).
/// </summary>
internal sealed class CloseCampaigns(IServiceScopeFactory scopes, ILogger<CloseCampaigns> log) : PeriodicSweep(scopes, log)
{
    public const string Reason = "The campaign's order cut-off passed before payment";

    /// <param name="only">Just this campaign (staff closing its orders early), not every one that is due.</param>
    /// <returns>How many campaigns were closed.</returns>
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct, Guid? only = null)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var holds = sp.GetRequiredService<IOrderHolds>();
        var amounts = sp.GetRequiredService<IOrderAmounts>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await db.Set<Campaign>().AsNoTracking()
            .Where(c => c.PublishedAtUtc != null && c.ClosedAtUtc == null && c.CutOffUtc <= now && (only == null || c.Id == only))
            .OrderBy(c => c.CutOffUtc).Select(c => new { c.Id, c.StoreId, c.Title }).Take(50).ToListAsync(ct);
        var closed = 0;
        foreach (var campaign in due)
        {
            var campaignId = campaign.Id;
            var open = await db.Set<LeaderOrder>().AsNoTracking().Where(o => o.CampaignId == campaignId && o.State == LeaderOrderState.Placed)
                .Select(o => o.OrderId).ToListAsync(ct);
            var settled = true;
            foreach (var orderId in open)
            {
                if (await amounts.Find(orderId, ct) is not { Status: OrderStatus.AwaitingPayment }) continue;
                db.ChangeTracker.Clear();
                if (await holds.CancelBySystem(orderId, Reason, ct))
                    await db.Set<LeaderOrder>().Where(o => o.OrderId == orderId && o.State == LeaderOrderState.Placed)
                        .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, LeaderOrderState.Cancelled), ct);
                else settled = false; // paid at this very moment: look again next time
            }
            if (!settled) continue;
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var closedNow = await db.Set<Campaign>().Where(c => c.Id == campaignId && c.ClosedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedAtUtc, now), ct);
            if (closedNow == 1)
            {
                // Leaders hear about it (NotifyCampaignClosed): the event is committed with the close, or neither is.
                db.Add(OutboxMessage.For(new CampaignClosed(campaignId, campaign.StoreId, campaign.Title, now), now));
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            closed += closedNow;
        }
        return closed;
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(60);

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Closed {Count} campaigns at their cut-off", count);
}
