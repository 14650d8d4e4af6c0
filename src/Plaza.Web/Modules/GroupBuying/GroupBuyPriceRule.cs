using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// The team price at checkout (stage 2, special price). A shopper opens a team or joins one by placing an
/// ordinary order with <c>offer = { kind: "group-buy", id }</c>: the id of a deal opens a new team, the id of
/// a team joins it. A team order is for the deal's SKU only. The deal's per-shopper limit counts the shopper's
/// units in all their live seats of the deal (held or paid, in any of its teams), so opening several teams does
/// not get round it; in <see cref="Claim"/> a per-(deal, shopper) row lock makes their racing orders take turns
/// (409 <c>per_shopper_limit</c>).
/// <para>
/// <see cref="Apply"/> only reads (a quote never takes a seat) and never refuses for a full or closed team:
/// that is decided when the order is placed. <see cref="Claim"/>, inside the order's transaction, takes the
/// seat with ONE conditional UPDATE (<c>members = members + 1 WHERE id = @team AND members &lt; size AND
/// status = 'Open' AND expires_at &gt; now</c>) plus a membership row unique per (team, customer) and per
/// order; losing throws 409 <c>team_full</c> (or <c>team_closed</c>, <c>already_in_team</c>) and the whole
/// order rolls back before any stock is taken. Opening a team creates it (seat 1 taken) in the same transaction.
/// The seat is taken even when another special price (a flash sale) is lower and wins the line's price.
/// The order is held (<see cref="IOrderHolds"/>) so staff cannot prepare it until the team is complete.
/// </para>
/// </summary>
internal sealed class GroupBuyPriceRule(PlazaDb db, IOrderHolds holds) : IPriceRule
{
    public const string OfferKind = "group-buy";
    public const string Label = "Team price";
    public const string HoldReason = "Waiting for the team to fill";

    public PriceStage Stage => PriceStage.SpecialPrice;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        if (sheet.Choices.Offer is not { Kind: OfferKind, Id: { } id }) return;
        sheet.RecogniseOffer();
        var (deal, team) = await Find(id, ct);
        if (deal is null || deal.StoreId != sheet.StoreId)
        {
            sheet.Refuse("offer", "That group buy is not available.");
            return;
        }
        if (team is null && !deal.IsActive(sheet.NowUtc))
        {
            sheet.Refuse("offer", "This group buy is not running.");
            return;
        }
        if (sheet.Lines.Count != 1 || sheet.Lines[0].SkuId != deal.SkuId)
        {
            sheet.Refuse("offer", "A team order is for the group-buy item only.");
            return;
        }
        var already = sheet.CustomerId is { } customer ? await UnitsHeld(deal.Id, customer, ct) : 0;
        if (already + sheet.Lines[0].Quantity > deal.PerShopperLimit)
        {
            sheet.Refuse("offer", "That is more than one shopper may buy at the team price.");
            return;
        }
        sheet.OfferUnitPrice(deal.SkuId, deal.GroupPriceMinor, OfferKind, Label, deal.Id);
    }

    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        if (sheet.Choices.Offer is not { Kind: OfferKind, Id: { } id }) return;
        var customer = sheet.CustomerId ?? throw new InvalidOperationException("An order always has a customer.");
        var (deal, team) = await Find(id, ct);
        if (deal is null) throw new DomainException("deal_not_found", "That group buy is not available.");
        var now = sheet.NowUtc;
        var quantity = sheet.Lines[0].Quantity;

        // The shopper's orders in this deal take turns here (the row stays locked until the order commits; SQLite
        // has one writer anyway), so the count below cannot miss a seat another of their orders is taking.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO group_buy_shopper_claims (deal_id, customer_id, claims) VALUES ({deal.Id}, {customer}, 1)
            ON CONFLICT (deal_id, customer_id) DO UPDATE SET claims = group_buy_shopper_claims.claims + 1
            """, ct);
        if (await UnitsHeld(deal.Id, customer, ct) + quantity > deal.PerShopperLimit)
            throw new DomainException("per_shopper_limit", "That is more than one shopper may buy at the team price.");

        if (team is null)
        {
            team = GroupBuyTeam.Open(deal, customer, now);
            db.Add(team);
        }
        else
        {
            if (await db.Set<TeamMember>().AnyAsync(m => m.TeamId == team.Id && m.CustomerId == customer, ct))
                throw new DomainException("already_in_team", "You are already in this team.");
            var teamId = team.Id;
            var seated = await db.Set<GroupBuyTeam>()
                .Where(t => t.Id == teamId && t.Members < t.Size && t.Status == TeamStatus.Open && t.ExpiresAtUtc > now)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Members, t => t.Members + 1), ct);
            if (seated == 0)
                throw team.Status != TeamStatus.Open || team.ExpiresAtUtc <= now
                    ? new DomainException("team_closed", "This team is no longer open. Open a new team instead.")
                    : new DomainException("team_full", "This team is full. Open a new team instead.");
        }
        db.Add(TeamMember.Seat(team.Id, customer, orderId, quantity, now));
        // The unique (team, customer) index decides when the same shopper joins twice at the same moment.
        await db.SaveOrConflictAsync("already_in_team", "You are already in this team.", ct);
        await holds.Hold(orderId, HoldReason, ct);
    }

    /// <summary>Units in the shopper's seats of this deal that are still held or paid (not given back, cancelled or refunded).</summary>
    private Task<int> UnitsHeld(Guid dealId, Guid customerId, CancellationToken ct) =>
        (from m in db.Set<TeamMember>()
         join t in db.Set<GroupBuyTeam>() on m.TeamId equals t.Id
         where t.DealId == dealId && m.CustomerId == customerId && (m.State == SeatState.Held || m.State == SeatState.Paid)
         select m.Quantity).SumAsync(ct);

    /// <summary>The id names a team (join) or a deal (open a team).</summary>
    private async Task<(GroupBuyDeal? Deal, GroupBuyTeam? Team)> Find(Guid id, CancellationToken ct)
    {
        var team = await db.Set<GroupBuyTeam>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        var deal = await db.Set<GroupBuyDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == (team == null ? id : team.DealId), ct);
        return (deal, team);
    }
}
