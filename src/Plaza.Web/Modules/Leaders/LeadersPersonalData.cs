using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// A leader's applications (pickup point name and address) and the campaign orders they earned on. Erasing
/// clears the name and address (the orders keep only pseudonymous ids for accounting); a shopper's own
/// campaign orders hold nothing but ids.
/// </summary>
internal sealed class LeadersPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "groupBuyLeaders";

    public async Task<object?> Export(Guid accountId, CancellationToken ct)
    {
        var leaders = await db.Set<Leader>().AsNoTracking().Where(l => l.AccountId == accountId).OrderBy(l => l.AppliedAtUtc).ToListAsync(ct);
        var ids = leaders.Select(l => l.Id).ToList();
        var earnings = await db.Set<LeaderOrder>().AsNoTracking().Where(o => ids.Contains(o.LeaderId))
            .Select(o => new { o.LeaderId, o.OrderId, o.CampaignId, State = o.State.ToString(), o.CommissionMinor, o.PlacedAtUtc }).ToListAsync(ct);
        var asShopper = await db.Set<LeaderOrder>().AsNoTracking().Where(o => o.CustomerId == accountId)
            .Select(o => new { o.OrderId, o.CampaignId, o.LeaderId, o.PlacedAtUtc }).ToListAsync(ct);
        return new
        {
            Applications = leaders.Select(l => new { l.Id, l.StoreId, l.PointName, Kind = l.Kind.ToString(), l.Address, l.Latitude, l.Longitude,
                Status = l.Status.ToString(), l.AppliedAtUtc }),
            Earnings = earnings,
            OrdersThroughLeaders = asShopper,
        };
    }

    public async Task<IEnumerable<string>> Identifiers(Guid accountId, CancellationToken ct) =>
        await db.Set<Leader>().Where(l => l.AccountId == accountId).Select(l => l.Address).Distinct().ToListAsync(ct);

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        var leaders = await db.Set<Leader>().Where(l => l.AccountId == accountId).ToListAsync(ct);
        foreach (var l in leaders) l.Erase();
        await db.SaveChangesAsync(ct);
    }
}
