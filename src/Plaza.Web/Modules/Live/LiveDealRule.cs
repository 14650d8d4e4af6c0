using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Stage 2 (special price), offer <c>{ kind: "live-deal", id }</c> only: a live deal applies to whoever buys it from the room,
/// never by itself. <c>Apply</c> checks the room is live, the deal open, the shopper in the room (a Join or Beat in the last
/// two minutes), units left and the per-shopper limit; a deal that cannot sell is a 400 on <c>offer</c>. <c>Claim</c>: one
/// conditional UPDATE on <c>sold</c>, one conditional upsert of the shopper's row, a claim row keyed by the order, and the
/// order attributed to the room. Losing the race → 409 <c>live_deal_sold_out</c> / <c>live_deal_limit</c>.
/// </summary>
internal sealed class LiveDealRule(PlazaDb db) : IPriceRule
{
    public const string Kind = "live-deal";

    public PriceStage Stage => PriceStage.SpecialPrice;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        if (sheet.Choices.Offer is not { Kind: Kind, Id: { } dealId }) return;
        sheet.RecogniseOffer();
        var now = sheet.NowUtc;
        var deal = await db.Set<LiveDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId && d.StoreId == sheet.StoreId, ct);
        var line = deal is null ? null : sheet.Lines.FirstOrDefault(l => l.SkuId == deal.SkuId);
        if (deal is null || line is null)
        {
            sheet.Refuse("offer", "There is no such live deal for these items.");
            return;
        }
        var roomLive = await db.Set<LiveRoom>().AnyAsync(r => r.Id == deal.RoomId && r.State == LiveRoomState.Live, ct);
        var seenSince = now - LiveViewer.InRoomWindow;
        var inRoom = sheet.CustomerId is { } c
            && await db.Set<LiveViewer>().AnyAsync(v => v.RoomId == deal.RoomId && v.AccountId == c && v.LastSeenUtc >= seenSince, ct);
        var bought = sheet.CustomerId is { } customer
            ? await db.Set<LiveDealBuyer>().Where(b => b.DealId == dealId && b.CustomerId == customer).Select(b => b.Bought).FirstOrDefaultAsync(ct)
            : 0;
        var refusal = deal.CanSell(line.Quantity, bought, roomLive, inRoom, now);
        if (refusal != LiveDealRefusal.None)
        {
            sheet.Refuse("offer", LiveDeal.Message(refusal));
            return;
        }
        sheet.OfferUnitPrice(line.SkuId, deal.PriceMinor, Kind, "Live deal", deal.Id);
    }

    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        var now = sheet.NowUtc;
        foreach (var line in sheet.Lines)
        {
            if (!sheet.Won(line.SkuId, Kind, out var reference) || reference is not { } dealId) continue;
            var customerId = sheet.CustomerId ?? throw new InvalidOperationException("An order always has a customer.");
            var q = line.Quantity;
            var sold = await db.Set<LiveDeal>()
                .Where(d => d.Id == dealId && d.Sold + q <= d.Quantity && d.OpensAtUtc <= now && d.ClosesAtUtc > now)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Sold, x => x.Sold + q), ct);
            if (sold != 1) throw new DomainException("live_deal_sold_out", LiveDeal.Message(LiveDealRefusal.SoldOut));
            var deal = await db.Set<LiveDeal>().AsNoTracking().Where(d => d.Id == dealId).Select(d => new { d.PerShopperLimit, d.RoomId }).SingleAsync(ct);
            var limit = deal.PerShopperLimit;
            // One statement on both databases: a new row, or more on the shopper's row while within the limit.
            var within = q <= limit && await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO live_deal_buyers (deal_id, customer_id, bought) VALUES ({dealId}, {customerId}, {q})
                ON CONFLICT (deal_id, customer_id) DO UPDATE SET bought = live_deal_buyers.bought + excluded.bought
                WHERE live_deal_buyers.bought + excluded.bought <= {limit}
                """, ct) == 1;
            if (!within) throw new DomainException("live_deal_limit", LiveDeal.Message(LiveDealRefusal.Limit));
            db.Add(LiveDealClaim.Take(orderId, dealId, customerId, q, now));
            db.Add(LiveOrder.Attribute(orderId, deal.RoomId, now));
        }
        await db.SaveChangesAsync(ct);
    }
}
