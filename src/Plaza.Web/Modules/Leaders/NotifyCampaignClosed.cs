using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Leaders.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// At a campaign's cut-off each leader with orders in it hears once: "Campaign X closed: N orders, pick list ready"
/// (N = its orders that go ahead, i.e. not cancelled). Leaders without orders in the campaign are not told.
/// </summary>
internal sealed class NotifyCampaignClosed(PlazaDb db, INotifier notifier) : IEventHandler<CampaignClosed>
{
    public const string NotificationKind = "LeaderCampaign";

    public async Task Handle(CampaignClosed e, Guid eventId, CancellationToken ct)
    {
        var perLeader = await db.Set<LeaderOrder>().AsNoTracking().Where(o => o.CampaignId == e.CampaignId && o.State != LeaderOrderState.Cancelled)
            .GroupBy(o => o.LeaderId).Select(g => new { LeaderId = g.Key, Orders = g.Count() }).ToListAsync(ct);
        var ids = perLeader.Select(p => p.LeaderId).ToList();
        var accounts = await db.Set<Leader>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.AccountId, ct);
        foreach (var p in perLeader)
        {
            if (!accounts.TryGetValue(p.LeaderId, out var account)) continue;
            await notifier.Notify(account, NotificationKind, eventId, e.CampaignId, new Dictionary<string, string>
            {
                ["campaign"] = e.Title, ["orders"] = p.Orders.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, "/account/leader", ct);
        }
    }
}
