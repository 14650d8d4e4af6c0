using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>A team as its page and the API show it: members by display name, spots left, status.</summary>
internal sealed record TeamView(Guid Id, Guid DealId, Guid StoreId, Guid ProductId, Guid SkuId, string ProductName, string SkuLabel, long GroupPriceMinor,
    string Currency, int Size, int Members, int PaidMembers, int SpotsLeft, string Status, DateTime OpenedAtUtc, DateTime ExpiresAtUtc, int PerShopperLimit,
    IReadOnlyList<string> MemberNames, bool Joinable, string Url);

/// <summary>
/// Reading teams: one team, a deal's open teams (for the product page), and "my teams". Members appear by
/// display name only; counts are the real ones from the database.
/// </summary>
internal sealed class TeamReader(PlazaDb db, IAccountDirectory accounts, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<TeamView?> Team(Guid teamId, CancellationToken ct) =>
        await Views(db.Set<GroupBuyTeam>().Where(t => t.Id == teamId), ct) is [var view, ..] ? view : null;

    /// <summary>Teams of this deal that can still be joined, the fullest first.</summary>
    public Task<IReadOnlyList<TeamView>> OpenTeams(Guid dealId, int max, CancellationToken ct)
    {
        var now = Now;
        return Views(db.Set<GroupBuyTeam>().Where(t => t.DealId == dealId && t.Status == TeamStatus.Open && t.ExpiresAtUtc > now && t.Members < t.Size)
            .OrderByDescending(t => t.Members).ThenBy(t => t.ExpiresAtUtc).Take(max), ct);
    }

    public Task<IReadOnlyList<TeamView>> Mine(Guid customerId, CancellationToken ct) =>
        Views(db.Set<GroupBuyTeam>().Where(t => db.Set<TeamMember>().Any(m => m.TeamId == t.Id && m.CustomerId == customerId))
            .OrderByDescending(t => t.OpenedAtUtc).Take(50), ct);

    /// <summary>The order this customer holds a seat with in this team, if any.</summary>
    public Task<Guid?> SeatOrder(Guid teamId, Guid customerId, CancellationToken ct) =>
        db.Set<TeamMember>().Where(m => m.TeamId == teamId && m.CustomerId == customerId).Select(m => (Guid?)m.OrderId).FirstOrDefaultAsync(ct);

    private async Task<IReadOnlyList<TeamView>> Views(IQueryable<GroupBuyTeam> query, CancellationToken ct)
    {
        var teams = await query.AsNoTracking().ToListAsync(ct);
        if (teams.Count == 0) return [];
        var teamIds = teams.Select(t => t.Id).ToList();
        var dealIds = teams.Select(t => t.DealId).Distinct().ToList();
        var deals = await db.Set<GroupBuyDeal>().AsNoTracking().Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var seats = await db.Set<TeamMember>().AsNoTracking().Where(m => teamIds.Contains(m.TeamId)).OrderBy(m => m.JoinedAtUtc).ToListAsync(ct);
        var people = await accounts.People(seats.Select(s => s.CustomerId).Distinct().ToList(), ct);
        var now = Now;
        return teams.Select(t =>
        {
            var d = deals[t.DealId];
            var names = seats.Where(s => s.TeamId == t.Id)
                .Select(s => people.TryGetValue(s.CustomerId, out var p) ? p.DisplayName : "—").ToList();
            return new TeamView(t.Id, t.DealId, t.StoreId, d.ProductId, t.SkuId, d.ProductName, d.SkuLabel, d.GroupPriceMinor, d.Currency, t.Size, t.Members,
                t.PaidMembers, t.SpotsLeft, t.Status.ToString(), t.OpenedAtUtc, t.ExpiresAtUtc, d.PerShopperLimit, names,
                t.IsJoinable(now), $"/group-buys/{t.Id}");
        }).ToList();
    }
}
