using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// Stage 2 (special price). <c>Apply</c>: while a flash sale for a line's SKU runs, enough units remain and the
/// shopper stays within the per-shopper limit, its price is offered (no offer needed). A client that wants the
/// flash price or nothing sends <c>offer: { kind: "flash-sale", id }</c>; then a sale that cannot sell is a 400 on
/// <c>offer</c> instead of the usual price. <c>Claim</c>: <c>sold = sold + q WHERE sold + q ≤ quantity</c> and a
/// conditional upsert of the shopper's row (bought + q ≤ limit), then a claim row keyed by the order so a
/// cancellation gives the units back once. Losing → 409 <c>flash_sale_sold_out</c> / <c>flash_sale_limit</c>.
/// </summary>
internal sealed class FlashSaleRule(PlazaDb db) : IPriceRule
{
    public const string Kind = "flash-sale";

    public PriceStage Stage => PriceStage.SpecialPrice;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        var offer = sheet.Choices.Offer is { Kind: Kind, Id: { } wanted } ? wanted : (Guid?)null;
        if (offer is not null) sheet.RecogniseOffer();
        var skus = sheet.Lines.Select(l => l.SkuId).ToList();
        var now = sheet.NowUtc;
        var sales = await db.Set<FlashSale>().AsNoTracking()
            .Where(s => s.StoreId == sheet.StoreId && skus.Contains(s.SkuId) && s.StartsAtUtc <= now && s.EndsAtUtc > now)
            .OrderBy(s => s.PriceMinor).ToListAsync(ct);
        var saleIds = sales.Select(s => s.Id).ToList();
        var bought = sheet.CustomerId is { } customer
            ? await db.Set<FlashSaleBuyer>().AsNoTracking().Where(b => b.CustomerId == customer && saleIds.Contains(b.FlashSaleId))
                .ToDictionaryAsync(b => b.FlashSaleId, b => b.Bought, ct)
            : [];
        FlashSaleRefusal? offerRefusal = offer is null ? null : FlashSaleRefusal.NotRunning;
        foreach (var line in sheet.Lines)
        {
            foreach (var sale in sales.Where(s => s.SkuId == line.SkuId))
            {
                var refusal = sale.CanSell(line.Quantity, bought.GetValueOrDefault(sale.Id), now);
                if (sale.Id == offer) offerRefusal = refusal;
                if (refusal != FlashSaleRefusal.None) continue;
                sheet.OfferUnitPrice(line.SkuId, sale.PriceMinor, Kind, "Flash sale", sale.Id);
                break;
            }
        }
        if (offerRefusal is { } r && r != FlashSaleRefusal.None) sheet.Refuse("offer", FlashSale.Message(r));
    }

    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        var now = sheet.NowUtc;
        foreach (var line in sheet.Lines)
        {
            if (!sheet.Won(line.SkuId, Kind, out var reference) || reference is not { } saleId) continue;
            var customerId = sheet.CustomerId ?? throw new InvalidOperationException("An order always has a customer.");
            var q = line.Quantity;
            var sold = await db.Set<FlashSale>()
                .Where(s => s.Id == saleId && s.Sold + q <= s.Quantity && s.StartsAtUtc <= now && s.EndsAtUtc > now)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Sold, x => x.Sold + q), ct);
            if (sold != 1) throw new DomainException("flash_sale_sold_out", "This flash sale has sold out.");
            var limit = await db.Set<FlashSale>().Where(s => s.Id == saleId).Select(s => s.PerShopperLimit).SingleAsync(ct);
            // One statement on both databases: a new row, or one more on the shopper's row while within the limit.
            var within = q <= limit && await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO flash_sale_buyers (flash_sale_id, customer_id, bought) VALUES ({saleId}, {customerId}, {q})
                ON CONFLICT (flash_sale_id, customer_id) DO UPDATE SET bought = flash_sale_buyers.bought + excluded.bought
                WHERE flash_sale_buyers.bought + excluded.bought <= {limit}
                """, ct) == 1;
            if (!within) throw new DomainException("flash_sale_limit", "You have bought as many as this flash sale allows.");
            db.Add(FlashSaleClaim.Take(orderId, saleId, customerId, q, now));
        }
        await db.SaveChangesAsync(ct);
    }
}
