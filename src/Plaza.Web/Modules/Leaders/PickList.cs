using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders;

internal sealed record PickLine(Guid SkuId, string ProductName, string SkuLabel, int Quantity);

internal sealed record ManifestEntry(Guid LeaderId, string PointName, Guid? PickupPointId, int Orders, IReadOnlyList<Guid> OrderIds,
    IReadOnlyList<PickLine> Lines);

/// <summary>
/// What to pack and where it goes: <see cref="Lines"/> totals each SKU over the campaign's paid orders (the pick
/// list); <see cref="Manifest"/> groups them per leader (the delivery manifest: no pickup codes, which only the
/// shoppers see). <see cref="Final"/> once the campaign is closed (<see cref="CloseCampaigns"/>: the cut-off passed and
/// unpaid orders were cancelled) — before that the numbers may still grow.
/// </summary>
internal sealed record PickListView(Guid CampaignId, string Title, DateTime CutOffUtc, DateTime DeliveryDayUtc, bool Final, IReadOnlyList<PickLine> Lines,
    IReadOnlyList<ManifestEntry> Manifest);

internal static class PickList
{
    /// <returns>null when there is no such campaign or the user is not staff at its store.</returns>
    public static async Task<PickListView?> Execute(Guid campaignId, ClaimsPrincipal user, PlazaDb db, IOrderAmounts amounts, TimeProvider clock,
        CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null || !user.IsStaffOf(campaign.StoreId)) return null;
        var rows = await db.Set<LeaderOrder>().AsNoTracking().Where(o => o.CampaignId == campaignId && o.State != LeaderOrderState.Cancelled)
            .OrderBy(o => o.PlacedAtUtc).ToListAsync(ct);
        var leaderIds = rows.Select(r => r.LeaderId).Distinct().ToList();
        var leaders = await db.Set<Leader>().AsNoTracking().Where(l => leaderIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var names = campaign.Items.ToDictionary(i => i.SkuId, i => (i.ProductName, i.SkuLabel));

        var paid = new List<(LeaderOrder Row, OrderAmounts Order)>();
        foreach (var row in rows)
            if (await amounts.Find(row.OrderId, ct) is { } o && o.Status is not (OrderStatus.AwaitingPayment or OrderStatus.Cancelled))
                paid.Add((row, o));

        IReadOnlyList<PickLine> Totals(IEnumerable<OrderAmounts> orders) => orders
            .SelectMany(o => o.Lines).GroupBy(l => l.SkuId)
            .Select(g => new PickLine(g.Key, names.GetValueOrDefault(g.Key).ProductName ?? "", names.GetValueOrDefault(g.Key).SkuLabel ?? "",
                g.Sum(l => l.Quantity - l.RefundedQuantity)))
            .Where(l => l.Quantity > 0).OrderBy(l => l.ProductName).ThenBy(l => l.SkuLabel).ToList();

        var manifest = paid.GroupBy(p => p.Row.LeaderId).Select(g =>
        {
            var leader = leaders.GetValueOrDefault(g.Key);
            return new ManifestEntry(g.Key, leader?.PointName ?? "", leader?.PickupPointId, g.Count(), g.Select(p => p.Order.OrderId).ToList(),
                Totals(g.Select(p => p.Order)));
        }).OrderBy(m => m.PointName).ToList();
        return new PickListView(campaign.Id, campaign.Title, campaign.CutOffUtc, campaign.DeliveryDayUtc, campaign.ClosedAtUtc is not null,
            Totals(paid.Select(p => p.Order)), manifest);
    }

    public static async Task<Results<Ok<PickListView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, IOrderAmounts amounts, TimeProvider clock,
        CancellationToken ct) =>
        await Execute(id, user, db, amounts, clock, ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound();
}
