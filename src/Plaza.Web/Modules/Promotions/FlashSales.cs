using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// Staff set up a flash sale for one of their store's SKUs, change or end it (the shared <see cref="SkuDeals"/> kit);
/// anyone lists a store's running and upcoming sales.
/// </summary>
internal static class FlashSales
{
    /// <summary>
    /// What may change while a sale runs: its end, its quantity (never below what is sold), the limit per shopper. Its
    /// price is refused (409 deal_running).
    /// </summary>
    public sealed record ChangeFlashSaleRequest(DateTime? EndsAtUtc, int? Quantity, int? PerShopperLimit, long? PriceMinor = null);

    public sealed record CreateFlashSaleRequest(Guid? StoreId, Guid? SkuId, string? Title, long? PriceMinor, int? Quantity, int? PerShopperLimit,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    public static async Task<Outcome<FlashSale>> Create(CreateFlashSaleRequest r, ClaimsPrincipal user, PlazaDb db, ICatalogOffers catalog, TimeProvider clock,
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
            sku.Currency,
            r.Quantity!.Value, r.PerShopperLimit ?? 1, CreateCoupon.Utc(r.StartsAtUtc!.Value), CreateCoupon.Utc(r.EndsAtUtc!.Value),
            user.RequiredAccountId(), now);
        db.Add(sale);
        await db.SaveChangesAsync(ct);
        return sale;
    }

    /// <returns>null when there is no such sale or the user is not staff at its store (or not at <paramref name="storeId"/>).</returns>
    public static Task<Outcome<FlashSale>?> Change(Guid id, ChangeFlashSaleRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.Change<FlashSale>(id, r.EndsAtUtc, user, db, clock,
            s => r.PriceMinor is { } p && p != s.PriceMinor,
            (s, v) => v.Check(r.Quantity is null or >= 1 and <= 1_000_000, "quantity", "Enter how many are on sale, from 1.")
                .Check(r.Quantity is null || s.CanOffer(r.Quantity.Value), "quantity", "Not fewer than are already sold.")
                .Check(r.PerShopperLimit is null or >= 1 and <= 1000, "perShopperLimit", "The limit per shopper must be a whole number from 1."),
            (s, _) => { if (r.PerShopperLimit is { } limit) s.LimitPerShopper(limit); }, ct,
            // Buyers move Sold meanwhile: the new quantity is written only where it still covers what is sold.
            async (s, token) => r.Quantity is not { } q || await db.Set<FlashSale>().Where(x => x.Id == s.Id && x.Sold <= q)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.Quantity, q), token) == 1
                ? null : new Validator().Add("quantity", "Not fewer than are already sold."),
            storeId);

    /// <returns>null when there is no such sale or the user is not staff at its store.</returns>
    public static Task<FlashSale?> End(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.End<FlashSale>(id, user, db, clock, ct, storeId);

    /// <summary>The store's flash sales that have not ended (running first, then upcoming), or, for staff, also the ended ones.</summary>
    public static async Task<IReadOnlyList<FlashSale>> OfStore(Guid storeId, bool includeEnded, PlazaDb db, DateTime now, CancellationToken ct) =>
        await db.Set<FlashSale>().AsNoTracking().Where(s => s.StoreId == storeId && (includeEnded || s.EndsAtUtc > now))
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.EndsAtUtc).Take(200).ToListAsync(ct);

    /// <summary>The sale that runs now (or starts soonest) for one of the product's SKUs at the store, for the product page.</summary>
    public static async Task<IReadOnlyList<FlashSale>> ForProduct(Guid storeId, Guid productId, PlazaDb db, DateTime now, CancellationToken ct) =>
        await db.Set<FlashSale>().AsNoTracking().Where(s => s.StoreId == storeId && s.ProductId == productId && s.EndsAtUtc > now)
            .OrderBy(s => s.StartsAtUtc).Take(5).ToListAsync(ct);

    public static async Task<Results<Created<FlashSaleView>, ValidationProblem>> HandleCreate(CreateFlashSaleRequest request, ClaimsPrincipal user, PlazaDb db,
        ICatalogOffers catalog, TimeProvider clock, CancellationToken ct) =>
        (await Create(request, user, db, catalog, clock, ct))
            .CreatedOr(s => $"/api/v1/flash-sales/{s.Id}", s => FlashSaleView.From(s, clock.GetUtcNow().UtcDateTime));

    public static async Task<Ok<IReadOnlyList<FlashSaleView>>> HandleList(Guid storeId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok<IReadOnlyList<FlashSaleView>>((await OfStore(storeId, false, db, now, ct)).Select(s => FlashSaleView.From(s, now)).ToList());
    }

    public static async Task<Results<Ok<FlashSaleView>, NotFound>> HandleGet(Guid id, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        await db.Set<FlashSale>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is { } sale
            ? TypedResults.Ok(FlashSaleView.From(sale, clock.GetUtcNow().UtcDateTime)) : TypedResults.NotFound();

    public static async Task<Results<Ok<FlashSaleView>, ValidationProblem, NotFound>> HandleChange(Guid id, ChangeFlashSaleRequest request,
        ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Change(id, request, user, db, clock, ct);
        if (outcome is { Ok: true } o) await db.Entry(o.Value!).ReloadAsync(ct);
        return outcome.OkOr(s => FlashSaleView.From(s, clock.GetUtcNow().UtcDateTime));
    }

    public static async Task<Results<Ok<FlashSaleView>, NotFound>> HandleEnd(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        SkuDeals.OkOrNotFound(await End(id, user, db, clock, ct), s => FlashSaleView.From(s, clock.GetUtcNow().UtcDateTime));
}
