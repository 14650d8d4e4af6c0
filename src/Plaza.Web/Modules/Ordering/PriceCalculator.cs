using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// The one price computation for quotes and orders (ADR 0011): catalog price → member price →
/// special price (flash sale / group / campaign / bargain, lowest wins) → coupons → points, each stage
/// run by the modules that own it through <see cref="IPriceRule"/>. Always on the server; the client
/// only says what it wants to buy and which coupons, points and offer it chooses.
/// </summary>
internal sealed class PriceCalculator(IEnumerable<IPriceRule> rules)
{
    public sealed record Item(Guid SkuId, int Quantity);

    /// <summary>
    /// A sheet for the items at this store, priced by every rule. Its <see cref="PriceSheet.Refusals"/> say which
    /// choices could not be honoured.
    /// </summary>
    public async Task<PriceSheet> Price(Guid storeId, Guid? customerId, string currency, IReadOnlyList<Item> items, IReadOnlyDictionary<Guid, SkuOffer> offers,
        long deliveryFeeMinor, PricingChoices choices, DateTime now, CancellationToken ct)
    {
        var lines = items.Select(i =>
        {
            var o = offers[i.SkuId];
            return new PriceSheetLine(o.SkuId, o.ProductId, o.CategoryId, o.ProductName, o.SkuLabel, i.Quantity, o.PriceMinor);
        }).ToList();
        var sheet = new PriceSheet(storeId, customerId, currency, now, choices, lines, deliveryFeeMinor);
        var all = rules.ToList();
        foreach (var stage in Enum.GetValues<PriceStage>())
        {
            sheet.Stage = stage;
            foreach (var rule in all.Where(r => r.Stage == stage)) await rule.Apply(sheet, ct);
            if (stage is PriceStage.MemberPrice or PriceStage.SpecialPrice) sheet.SettleUnitPrices();
        }
        // A choice nobody could look at is refused rather than silently dropped.
        if (choices.Offer is not null && !sheet.OfferRecognised) sheet.Refuse("offer", "That offer is not available.");
        if (choices.CouponCodes.Count > 0 && !all.Any(r => r.Stage == PriceStage.Coupon)) sheet.Refuse("couponCodes", "Coupons cannot be used here.");
        if (choices.PointsToSpend > 0 && !all.Any(r => r.Stage == PriceStage.Points)) sheet.Refuse("pointsToSpend", "Points cannot be used here.");
        return sheet;
    }

    /// <summary>Inside the order's transaction: every rule takes what it promised, in stage order.</summary>
    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        foreach (var rule in rules.OrderBy(r => r.Stage)) await rule.Claim(sheet, orderId, ct);
    }
}
