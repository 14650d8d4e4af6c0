using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// One priced line: the catalog's unit price, the unit price after member and special prices, its share of coupons and
/// points, and what it costs.
/// </summary>
internal sealed record PriceQuoteLineView(Guid SkuId, string ProductName, string SkuLabel, int Quantity, long ListUnitPriceMinor, long UnitPriceMinor,
    long DiscountMinor, long NetMinor);

internal sealed record PriceAdjustmentView(PriceStage Stage, string Kind, string Label, Guid? SkuId, long AmountMinor, Guid? Reference);

/// <summary>Subtotal (catalog prices) + Σ adjustments + delivery fee = total.</summary>
internal sealed record PriceQuoteView(
    Guid StoreId, string Currency, IReadOnlyList<PriceQuoteLineView> Lines, IReadOnlyList<PriceAdjustmentView> Adjustments,
    long SubtotalMinor, long DeliveryFeeMinor, long TotalMinor)
{
    public static PriceQuoteView From(PriceSheet s) => new(
        s.StoreId, s.Currency,
        s.Lines.Select(l => new PriceQuoteLineView(l.SkuId, l.ProductName, l.SkuLabel, l.Quantity, l.ListUnitPriceMinor, l.UnitPriceMinor,
            l.DiscountMinor, l.NetMinor)).ToList(),
        s.Adjustments.Select(a => new PriceAdjustmentView(a.Stage, a.Kind, a.Label, a.SkuId, a.AmountMinor, a.Reference)).ToList(),
        s.SubtotalMinor, s.OriginalDeliveryFeeMinor, s.TotalMinor);
}

/// <summary>
/// What an order would cost now, line by line, with the same computation placing it uses — nothing is
/// claimed, so a quote is free to ask for again as the shopper changes coupons or points.
/// </summary>
internal static class QuotePrice
{
    public sealed record QuoteRequest(Guid? StoreId, IReadOnlyList<PlaceOrder.LineRequest>? Lines, Fulfilment? Fulfilment,
        IReadOnlyList<string>? CouponCodes = null, long? PointsToSpend = null, OfferRef? Offer = null);

    public static async Task<Outcome<PriceSheet>> Execute(QuoteRequest r, Guid? customerId, IStoreDirectory stores, ICatalogOffers catalog,
        PriceCalculator prices, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator();
        PlaceOrder.CheckItems(v, r.StoreId, r.Lines, r.Fulfilment);
        PlaceOrder.CheckChoices(v, r.CouponCodes, r.PointsToSpend, r.Offer);
        if (!v.IsValid) return v;
        var terms = await stores.Terms(r.StoreId!.Value, ct);
        if (terms is null) return v.Add("storeId", "No such store.");
        var offers = await catalog.Offers(r.StoreId.Value, r.Lines!.Select(l => l.SkuId!.Value).ToList(), ct);
        for (var i = 0; i < r.Lines!.Count; i++)
            if (!offers.TryGetValue(r.Lines[i].SkuId!.Value, out var o) || !o.Available)
                v.Add($"lines[{i}].skuId", "This store does not sell that item.");
        if (!v.IsValid) return v;
        var sheet = await prices.Price(r.StoreId.Value, customerId, terms.Currency,
            r.Lines.Select(l => new PriceCalculator.Item(l.SkuId!.Value, l.Quantity!.Value)).ToList(),
            offers, r.Fulfilment == Fulfilment.Delivery ? terms.DeliveryFeeMinor : 0,
            PlaceOrder.Choices(r.CouponCodes, r.PointsToSpend, r.Offer) with { ForDelivery = r.Fulfilment == Fulfilment.Delivery },
            clock.GetUtcNow().UtcDateTime, ct);
        foreach (var (field, message) in sheet.Refusals) v.Add(field, message);
        return v.IsValid ? sheet : v;
    }

    public static async Task<Results<Ok<PriceQuoteView>, ValidationProblem>> Handle(QuoteRequest request, ClaimsPrincipal user, IStoreDirectory stores,
        ICatalogOffers catalog, PriceCalculator prices, TimeProvider clock, CancellationToken ct)
        => (await Execute(request, user.AccountId(), stores, catalog, prices, clock, ct)).OkOr(PriceQuoteView.From);
}
