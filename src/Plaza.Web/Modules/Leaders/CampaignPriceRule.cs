using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// The campaign price at checkout (stage 2, special price). A shopper orders through a leader by placing an
/// ordinary pickup order with <c>offer = { kind: "campaign", id: campaignId }</c> and the leader's pickup point:
/// every line that is a campaign item gets the campaign price (other lines keep their usual price). Refused
/// (400 <c>offer</c>) when the campaign is not published, its cut-off has passed, or none of the lines is in it;
/// refused (400 <c>pickupPointId</c>) when the pickup point is not an approved leader's of the campaign's store;
/// refused (400 <c>fulfilment</c>) for delivery, in a quote as in an order: campaign goods go to the leader.
/// A quote has no pickup point yet and is only checked for the rest. <see cref="Claim"/> records which leader
/// the order belongs to (<see cref="LeaderOrder"/>, keyed by order id) in the order's transaction.
/// </summary>
internal sealed class CampaignPriceRule(PlazaDb db) : IPriceRule
{
    public const string OfferKind = "campaign";
    public const string Label = "Campaign price";

    public PriceStage Stage => PriceStage.SpecialPrice;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        if (sheet.Choices.Offer is not { Kind: OfferKind, Id: { } id })
        {
            // A leader's home is a private address: it serves that store's campaign orders, never an ordinary order.
            if (sheet.Choices.PickupPointId is { } chosen && await IsLeaderHome(sheet.StoreId, chosen, ct))
                sheet.Refuse("pickupPointId", "That pickup point is a group-buy leader's home; it serves campaign orders only.");
            return;
        }
        sheet.RecogniseOffer();
        var campaign = await Find(id, ct);
        if (campaign is null || campaign.StoreId != sheet.StoreId || !campaign.IsPublished)
        {
            sheet.Refuse("offer", "That campaign is not available.");
            return;
        }
        if (!campaign.IsOpen(sheet.NowUtc))
        {
            sheet.Refuse("offer", "This campaign's order cut-off has passed.");
            return;
        }
        if (sheet.Choices.ForDelivery)
        {
            sheet.Refuse("fulfilment", "A campaign order is collected at a leader's pickup point.");
            return;
        }
        var items = campaign.Items.ToDictionary(i => i.SkuId);
        if (!sheet.Lines.Any(l => items.ContainsKey(l.SkuId)))
        {
            sheet.Refuse("offer", "None of these items is in the campaign.");
            return;
        }
        if (sheet.Choices.PickupPointId is { } point && await LeaderAt(campaign.StoreId, point, ct) is null)
        {
            sheet.Refuse("pickupPointId", "Choose the pickup point of one of this store's group-buy leaders.");
            return;
        }
        foreach (var line in sheet.Lines)
            if (items.TryGetValue(line.SkuId, out var item)) sheet.OfferUnitPrice(line.SkuId, item.PriceMinor, OfferKind, Label, campaign.Id);
    }

    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        if (sheet.Choices.Offer is not { Kind: OfferKind, Id: { } id }) return;
        var customer = sheet.CustomerId ?? throw new InvalidOperationException("An order always has a customer.");
        if (sheet.Choices.PickupPointId is not { } point)
            throw new DomainException("campaign_pickup_only", "A campaign order is collected at a leader's pickup point.");
        var campaign = await Find(id, ct) ?? throw new DomainException("campaign_not_found", "That campaign is not available.");
        var leader = await LeaderAt(campaign.StoreId, point, ct)
            ?? throw new DomainException("not_a_leader", "Choose the pickup point of one of this store's group-buy leaders.");
        db.Add(LeaderOrder.Record(orderId, campaign.Id, leader, campaign.StoreId, customer, sheet.NowUtc));
        await db.SaveChangesAsync(ct);
    }

    private Task<Campaign?> Find(Guid id, CancellationToken ct) =>
        db.Set<Campaign>().AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);

    private Task<bool> IsLeaderHome(Guid storeId, Guid pickupPointId, CancellationToken ct) =>
        db.Set<Leader>().AnyAsync(l => l.StoreId == storeId && l.PickupPointId == pickupPointId && l.Kind == PartnerPickupKind.LeaderHome, ct);

    private async Task<Guid?> LeaderAt(Guid storeId, Guid pickupPointId, CancellationToken ct) =>
        await db.Set<Leader>().AsNoTracking()
            .Where(l => l.StoreId == storeId && l.PickupPointId == pickupPointId && l.Status == LeaderStatus.Approved)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
}
