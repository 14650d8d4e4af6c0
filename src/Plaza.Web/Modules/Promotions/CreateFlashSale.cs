using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Promotions;

/// <summary>Store staff put one of their store's SKUs on a flash sale: a price below the usual one, how many, a limit per shopper, when it runs.</summary>
internal static class CreateFlashSale
{
    public sealed record CreateFlashSaleRequest(Guid? StoreId, Guid? SkuId, string? Title, long? PriceMinor, int? Quantity, int? PerShopperLimit,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    public static async Task<Outcome<FlashSale>> Execute(CreateFlashSaleRequest r, ClaimsPrincipal user, PlazaDb db, ICatalogOffers catalog, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose a store.")
            .Check(r.SkuId is not null, "skuId", "Choose the item on sale.")
            .Text(r.Title, "title", FlashSale.TitleMax, required: false)
            .Check(r.PriceMinor is > 0 and <= CreateCoupon.MaxMinor, "priceMinor", "Enter the flash sale price, more than 0.")
            .Check(r.Quantity is >= 1 and <= 1_000_000, "quantity", "Enter how many are on sale, from 1.")
            .Check(r.PerShopperLimit is null or >= 1 and <= 1000, "perShopperLimit", "The limit per shopper must be a whole number from 1.")
            .Check(r.StartsAtUtc is not null, "startsAtUtc", "Say when the flash sale starts.")
            .Check(r.EndsAtUtc is not null, "endsAtUtc", "Say when the flash sale ends.");
        if (r.StartsAtUtc is { } s && r.EndsAtUtc is { } e)
            v.Check(CreateCoupon.Utc(e) > CreateCoupon.Utc(s) && CreateCoupon.Utc(e) > now, "endsAtUtc",
                "The flash sale must end after it starts and in the future.");
        if (!v.IsValid) return v;

        var storeId = r.StoreId!.Value;
        if (!user.IsStaffOf(storeId)) throw new ForbiddenException("not_store_staff", "Only the store's staff can set up its flash sales.");
        var offers = await catalog.Offers(storeId, [r.SkuId!.Value], ct);
        if (!offers.TryGetValue(r.SkuId.Value, out var sku)) return v.Add("skuId", "This store does not sell that item.");
        if (r.PriceMinor >= sku.PriceMinor) return v.Add("priceMinor", "A flash sale price must be below the usual price.");

        var title = string.IsNullOrWhiteSpace(r.Title)
            ? string.IsNullOrWhiteSpace(sku.SkuLabel) || sku.SkuLabel == sku.ProductName ? sku.ProductName : $"{sku.ProductName} ({sku.SkuLabel})" : r.Title;
        var sale = FlashSale.Create(storeId, sku.SkuId, sku.ProductId, title[..Math.Min(title.Length, FlashSale.TitleMax)], r.PriceMinor!.Value, sku.PriceMinor,
            sku.Currency, r.Quantity!.Value, r.PerShopperLimit ?? 1, CreateCoupon.Utc(r.StartsAtUtc!.Value), CreateCoupon.Utc(r.EndsAtUtc!.Value),
            user.RequiredAccountId(), now);
        db.Add(sale);
        await db.SaveChangesAsync(ct);
        return sale;
    }

    public static async Task<Results<Created<FlashSaleView>, ValidationProblem>> Handle(CreateFlashSaleRequest request, ClaimsPrincipal user, PlazaDb db,
        ICatalogOffers catalog, TimeProvider clock, CancellationToken ct) =>
        (await Execute(request, user, db, catalog, clock, ct))
            .CreatedOr(s => $"/api/v1/flash-sales/{s.Id}", s => FlashSaleView.From(s, clock.GetUtcNow().UtcDateTime));
}
