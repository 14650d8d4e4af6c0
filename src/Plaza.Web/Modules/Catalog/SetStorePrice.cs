using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Catalog;

/// <summary>
/// A store may sell a SKU at its own price (a neighbourhood offer, a local cost); without one it sells
/// at the product's usual price. Orders always take the price in force when they are placed.
/// </summary>
internal static class SetStorePrice
{
    public const long MaxPriceMinor = 100_000_000;

    public sealed record StorePriceRequest(Guid? SkuId, long? PriceMinor);

    public sealed record StorePriceView(Guid StoreId, Guid SkuId, long PriceMinor, long UsualPriceMinor, bool OwnPrice, string Currency);

    /// <param name="r">PriceMinor null: back to the usual price.</param>
    public static async Task<Outcome<StorePriceView>?> Execute(Guid storeId, StorePriceRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.SkuId is not null, "skuId", "Choose the SKU.")
            .Check(r.PriceMinor is null or >= 0 and <= MaxPriceMinor, "priceMinor", $"From 0 to {MaxPriceMinor} minor units, or empty for the usual price.");
        if (!v.IsValid) return v;
        if (!user.IsStaffOf(storeId)) return null;
        var offer = await db.Set<StoreOffer>().FirstOrDefaultAsync(o => o.StoreId == storeId && o.SkuId == r.SkuId, ct);
        if (offer is null) return null;
        var sku = await db.Set<Sku>().AsNoTracking().FirstAsync(s => s.Id == offer.SkuId, ct);
        offer.SetStorePrice(r.PriceMinor);
        await db.SaveChangesAsync(ct);
        return new StorePriceView(storeId, sku.Id, offer.PriceMinor ?? sku.PriceMinor, sku.PriceMinor, offer.PriceMinor is not null, sku.Currency);
    }

    public static async Task<Results<Ok<StorePriceView>, ValidationProblem, NotFound>> Handle(Guid storeId, StorePriceRequest request, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
        => (await Execute(storeId, request, user, db, ct)).OkOr(view => view);
}
