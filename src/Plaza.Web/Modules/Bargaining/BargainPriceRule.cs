using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// The bargain price at checkout (stage 2, special price). The starter buys with an ordinary order carrying
/// <c>offer = { kind: "bargain", id: bargainId }</c>: one unit of the deal's SKU at the price the friends reached.
/// <see cref="Apply"/> only reads and refuses on "offer" what can never work (someone else's bargain, an expired
/// one, other items, more than one unit). <see cref="Claim"/> marks the bargain bought with ONE conditional
/// UPDATE keyed by the order id (<c>WHERE status = 'Open' AND expires_at &gt; now</c>); losing throws 409
/// <c>bargain_used</c> (or <c>bargain_expired</c>) and the whole order rolls back.
/// </summary>
internal sealed class BargainPriceRule(PlazaDb db) : IPriceRule
{
    public const string OfferKind = "bargain";
    public const string Label = "Bargain price";

    public PriceStage Stage => PriceStage.SpecialPrice;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        if (sheet.Choices.Offer is not { Kind: OfferKind, Id: { } id }) return;
        sheet.RecogniseOffer();
        var b = await db.Set<Bargain>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (b is null || b.StoreId != sheet.StoreId || b.StarterId != sheet.CustomerId)
        {
            sheet.Refuse("offer", "That bargain is not available.");
            return;
        }
        if (b.IsExpired(sheet.NowUtc))
        {
            sheet.Refuse("offer", "Time is up for this bargain.");
            return;
        }
        if (sheet.Lines.Count != 1 || sheet.Lines[0].SkuId != b.SkuId || sheet.Lines[0].Quantity != 1)
        {
            sheet.Refuse("offer", "A bargain buys one of its item only.");
            return;
        }
        sheet.OfferUnitPrice(b.SkuId, b.CurrentPriceMinor, OfferKind, Label, b.Id);
    }

    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        if (sheet.Choices.Offer is not { Kind: OfferKind, Id: { } id }) return;
        var now = sheet.NowUtc;
        var customer = sheet.CustomerId;
        var bought = await db.Set<Bargain>().Where(x => x.Id == id && x.StarterId == customer && x.Status == BargainStatus.Open && x.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(x => x.Status, BargainStatus.Bought).SetProperty(x => x.OrderId, orderId).SetProperty(x => x.OpenSlot, (Guid?)null), ct);
        if (bought == 1) return;
        var b = await db.Set<Bargain>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        throw b is { Status: BargainStatus.Open } && b.IsExpired(now)
            ? new DomainException("bargain_expired", "Time is up for this bargain.")
            : new DomainException("bargain_used", "This bargain has already been bought.");
    }
}
