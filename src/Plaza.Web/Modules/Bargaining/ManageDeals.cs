using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Bargaining;

internal sealed record BargainDealView(Guid Id, Guid StoreId, Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long FloorPriceMinor, string Currency,
    int ExpectedCuts, int TimeLimitMinutes, DateTime StartsAtUtc, DateTime EndsAtUtc, bool Active)
{
    public static BargainDealView From(BargainDeal d, DateTime now) => new(d.Id, d.StoreId, d.SkuId, d.ProductId, d.ProductName, d.SkuLabel, d.FloorPriceMinor, d.Currency,
        d.ExpectedCuts, d.TimeLimitMinutes, d.StartsAtUtc, d.EndsAtUtc, d.IsActive(now));
}

/// <summary>Store staff set up bargain deals and end them; anyone may list a store's running deals.</summary>
internal static class ManageDeals
{
    public sealed record CreateDealRequest(Guid? StoreId, Guid? SkuId, long? FloorPriceMinor, int? ExpectedCuts, int? TimeLimitMinutes,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    /// <returns>null when the user is not staff at that store.</returns>
    public static async Task<Outcome<BargainDeal>?> Create(CreateDealRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose a store.")
            .Check(r.SkuId is not null, "skuId", "Choose an item.")
            .Check(r.FloorPriceMinor is > 0, "floorPriceMinor", "Give a floor price above zero.")
            .Check(r.ExpectedCuts is >= BargainDeal.MinCuts and <= BargainDeal.MaxCuts, "expectedCuts", "A bargain takes 2 to 50 cuts.")
            .Check(r.TimeLimitMinutes is >= BargainDeal.MinTimeLimitMinutes and <= BargainDeal.MaxTimeLimitMinutes, "timeLimitMinutes",
                "A bargain lasts from 10 minutes to 7 days.")
            .Check(r.EndsAtUtc is not null, "endsAtUtc", "Say when the deal ends.");
        var starts = r.StartsAtUtc is { } s ? DateTime.SpecifyKind(s.ToUniversalTime(), DateTimeKind.Utc) : now;
        var ends = r.EndsAtUtc is { } e ? DateTime.SpecifyKind(e.ToUniversalTime(), DateTimeKind.Utc) : default;
        if (r.EndsAtUtc is not null) v.Check(ends > starts && ends > now, "endsAtUtc", "The deal must end after it starts, in the future.");
        if (!v.IsValid) return v;
        if (!user.IsStaffOf(r.StoreId!.Value)) return null;

        var terms = await stores.Terms(r.StoreId.Value, ct);
        var offers = await catalog.Offers(r.StoreId.Value, [r.SkuId!.Value], ct);
        if (terms is null || !offers.TryGetValue(r.SkuId.Value, out var offer)) return new Validator().Add("skuId", "This store does not sell that item.");
        if (r.FloorPriceMinor + r.ExpectedCuts > offer.PriceMinor)
            return new Validator().Add("floorPriceMinor", "The floor price must be below the usual price by at least one penny per cut.");

        var deal = BargainDeal.Create(terms.Id, offer.SkuId, offer.ProductId, offer.ProductName, offer.SkuLabel, offer.PriceMinor, terms.Currency,
            r.FloorPriceMinor!.Value, r.ExpectedCuts!.Value, r.TimeLimitMinutes!.Value, starts, ends, user.RequiredAccountId(), now);
        db.Add(deal);
        await db.SaveChangesAsync(ct);
        return deal;
    }

    /// <returns>null when there is no such deal or the user is not staff at its store.</returns>
    public static async Task<BargainDeal?> End(Guid dealId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var deal = await db.Set<BargainDeal>().FirstOrDefaultAsync(d => d.Id == dealId, ct);
        if (deal is null || !user.IsStaffOf(deal.StoreId)) return null;
        deal.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return deal;
    }

    /// <summary>A store's deals: running ones (optionally for one product), or all of them for its staff.</summary>
    public static async Task<IReadOnlyList<BargainDeal>> List(Guid storeId, Guid? productId, bool all, PlazaDb db, DateTime now, CancellationToken ct)
    {
        var q = db.Set<BargainDeal>().AsNoTracking().Where(d => d.StoreId == storeId);
        if (productId is { } p) q = q.Where(d => d.ProductId == p);
        if (!all) q = q.Where(d => d.StartsAtUtc <= now && d.EndsAtUtc > now);
        return await q.OrderByDescending(d => d.CreatedAtUtc).Take(100).ToListAsync(ct);
    }

    public static async Task<Results<Created<BargainDealView>, ValidationProblem, ForbidHttpResult>> HandleCreate(CreateDealRequest request, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Create(request, user, db, stores, catalog, clock, ct);
        if (outcome is not { } o) return TypedResults.Forbid();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        return TypedResults.Created($"/api/v1/bargains/deals/{o.Value!.Id}", BargainDealView.From(o.Value, clock.GetUtcNow().UtcDateTime));
    }

    public static async Task<Results<Ok<BargainDealView>, NotFound>> HandleEnd(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        await End(id, user, db, clock, ct) is { } deal ? TypedResults.Ok(BargainDealView.From(deal, clock.GetUtcNow().UtcDateTime)) : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<BargainDealView>>, ValidationProblem>> HandleList(Guid? storeId, Guid? productId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (storeId is null) return new Validator().Add("storeId", "Choose a store.").Problem();
        var now = clock.GetUtcNow().UtcDateTime;
        var deals = await List(storeId.Value, productId, all: false, db, now, ct);
        return TypedResults.Ok<IReadOnlyList<BargainDealView>>(deals.Select(d => BargainDealView.From(d, now)).ToList());
    }
}
