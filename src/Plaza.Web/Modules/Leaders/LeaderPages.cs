using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders;

/// <summary>A leader as shoppers see them (the shareable leader page): where to collect, and the store's running campaigns.</summary>
internal sealed record LeaderPageView(Guid Id, Guid StoreId, string PointName, Stores.Contracts.PartnerPickupKind Kind, string Address, Guid PickupPointId,
    IReadOnlyList<CampaignView> Campaigns);

internal sealed record LeaderOrderView(Guid OrderId, Guid CampaignId, string CampaignTitle, string Customer, LeaderOrderState State, long CommissionMinor,
    DateTime PlacedAtUtc);

/// <summary>
/// A leader's own dashboard for one store: their orders, how many customers (of orders not cancelled), and what they
/// earned (completed orders).
/// </summary>
internal sealed record LeaderDashboardView(LeaderView Leader, string Currency, int Customers, long EarnedMinor, IReadOnlyList<LeaderOrderView> Orders);

internal static class LeaderPages
{
    /// <summary>An approved leader's public page; null otherwise.</summary>
    public static async Task<LeaderPageView?> Page(Guid leaderId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var leader = await db.Set<Leader>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == leaderId && l.Status == LeaderStatus.Approved, ct);
        if (leader?.PickupPointId is not { } point) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var campaigns = await ListCampaigns.Execute(leader.StoreId, all: false, db, now, ct);
        return new LeaderPageView(leader.Id, leader.StoreId, leader.PointName, leader.Kind, leader.Address, point,
            campaigns.Select(c => CampaignView.From(c, now)).ToList());
    }

    /// <summary>Every store the account leads for or applied to, with orders (customers by display name only) and earnings.</summary>
    public static async Task<IReadOnlyList<LeaderDashboardView>> Dashboard(Guid accountId, PlazaDb db, IAccountDirectory accounts, CancellationToken ct)
    {
        var leaders = await db.Set<Leader>().AsNoTracking().Where(l => l.AccountId == accountId).OrderBy(l => l.AppliedAtUtc).ToListAsync(ct);
        var result = new List<LeaderDashboardView>();
        foreach (var leader in leaders)
        {
            var orders = await (from o in db.Set<LeaderOrder>().AsNoTracking()
                                join c in db.Set<Campaign>() on o.CampaignId equals c.Id
                                where o.LeaderId == leader.Id
                                orderby o.PlacedAtUtc descending
                                select new { o, c.Title, c.Currency }).Take(200).ToListAsync(ct);
            var people = await accounts.People(orders.Select(x => x.o.CustomerId).Distinct().ToList(), ct);
            var currency = orders.FirstOrDefault()?.Currency ?? "GBP";
            var customers = orders.Where(x => x.o.State != LeaderOrderState.Cancelled).Select(x => x.o.CustomerId).Distinct().Count();
            result.Add(new LeaderDashboardView(LeaderView.From(leader), currency, customers,
                orders.Where(x => x.o.State == LeaderOrderState.Completed).Sum(x => x.o.CommissionMinor),
                orders.Select(x => new LeaderOrderView(x.o.OrderId, x.o.CampaignId, x.Title, people.GetValueOrDefault(x.o.CustomerId)?.DisplayName ?? "",
                    x.o.State, x.o.CommissionMinor, x.o.PlacedAtUtc)).ToList()));
        }
        return result;
    }

    public static async Task<Results<Ok<LeaderPageView>, NotFound>> HandlePage(Guid id, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        await Page(id, db, clock, ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound();

    public static async Task<Ok<IReadOnlyList<LeaderDashboardView>>> HandleDashboard(ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct) =>
        TypedResults.Ok(await Dashboard(user.RequiredAccountId(), db, accounts, ct));
}
