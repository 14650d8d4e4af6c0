using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Bargaining;

internal sealed record BargainDealView(Guid Id, Guid StoreId, Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long FloorPriceMinor,
    string Currency, int ExpectedCuts, int TimeLimitMinutes, DateTime StartsAtUtc, DateTime EndsAtUtc, bool Active)
{
    public static BargainDealView From(BargainDeal d, DateTime now) =>
        new(d.Id, d.StoreId, d.SkuId, d.ProductId, d.ProductName, d.SkuLabel, d.FloorPriceMinor, d.Currency,
        d.ExpectedCuts, d.TimeLimitMinutes, d.StartsAtUtc, d.EndsAtUtc, d.IsActive(now));
}

/// <summary>Store staff set up bargain deals, change and end them; anyone may list a store's running deals (the shared <see cref="SkuDeals"/> kit).</summary>
internal static class ManageDeals
{
    public sealed record CreateDealRequest(Guid? StoreId, Guid? SkuId, long? FloorPriceMinor, int? ExpectedCuts, int? TimeLimitMinutes,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    /// <summary>
    /// What may change while a deal runs: when it ends and how long new bargains last. The floor and cuts are its
    /// price: refused (409 deal_running).
    /// </summary>
    public sealed record ChangeDealRequest(DateTime? EndsAtUtc, int? TimeLimitMinutes, long? FloorPriceMinor = null, int? ExpectedCuts = null);

    /// <returns>null when the user is not staff at that store.</returns>
    public static Task<Outcome<BargainDeal>?> Create(CreateDealRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog,
        TimeProvider clock, CancellationToken ct) =>
        SkuDeals.Create(new SkuDealWindow(r.StoreId, r.SkuId, r.StartsAtUtc, r.EndsAtUtc), user, db, stores, catalog, clock,
            v => v.Check(r.FloorPriceMinor is > 0, "floorPriceMinor", "Give a floor price above zero.")
                .Check(r.ExpectedCuts is >= BargainDeal.MinCuts and <= BargainDeal.MaxCuts, "expectedCuts", "A bargain takes 2 to 50 cuts.")
                .Check(r.TimeLimitMinutes is >= BargainDeal.MinTimeLimitMinutes and <= BargainDeal.MaxTimeLimitMinutes, "timeLimitMinutes",
                    "A bargain lasts from 10 minutes to 7 days."),
            offer => r.FloorPriceMinor + r.ExpectedCuts > offer.PriceMinor
                ? new Validator().Add("floorPriceMinor", "The floor price must be below the usual price by at least one penny per cut.") : null,
            b => BargainDeal.Create(b.Store.Id, b.Offer.SkuId, b.Offer.ProductId, b.Offer.ProductName, b.Offer.SkuLabel, b.Offer.PriceMinor, b.Store.Currency,
                r.FloorPriceMinor!.Value, r.ExpectedCuts!.Value, r.TimeLimitMinutes!.Value, b.StartsAtUtc, b.EndsAtUtc, b.CreatedById, b.Now), ct);

    /// <returns>null when there is no such deal or the user is not staff at its store (or not at <paramref name="storeId"/>).</returns>
    public static Task<Outcome<BargainDeal>?> Change(Guid dealId, ChangeDealRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.Change<BargainDeal>(dealId, r.EndsAtUtc, user, db, clock,
            d => (r.FloorPriceMinor is { } f && f != d.FloorPriceMinor) || (r.ExpectedCuts is { } c && c != d.ExpectedCuts),
            (_, v) => v.Check(r.TimeLimitMinutes is null or >= BargainDeal.MinTimeLimitMinutes and <= BargainDeal.MaxTimeLimitMinutes, "timeLimitMinutes",
                "A bargain lasts from 10 minutes to 7 days."),
            (d, _) => { if (r.TimeLimitMinutes is { } minutes) d.LastFor(minutes); }, ct, storeId: storeId);

    /// <returns>null when there is no such deal or the user is not staff at its store.</returns>
    public static Task<BargainDeal?> End(Guid dealId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.End<BargainDeal>(dealId, user, db, clock, ct, storeId);

    /// <summary>A store's deals: running ones (optionally for one product), or all of them for its staff.</summary>
    public static Task<IReadOnlyList<BargainDeal>> List(Guid storeId, Guid? productId, bool all, PlazaDb db, DateTime now, CancellationToken ct) =>
        SkuDeals.List<BargainDeal>(storeId, productId, all, db, now, ct);

    public static async Task<Results<Created<BargainDealView>, ValidationProblem, ForbidHttpResult>> HandleCreate(CreateDealRequest request,
        ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct) =>
        SkuDeals.CreatedOrForbid(await Create(request, user, db, stores, catalog, clock, ct), d => $"/api/v1/bargains/deals/{d.Id}",
            d => BargainDealView.From(d, clock.GetUtcNow().UtcDateTime));

    public static async Task<Results<Ok<BargainDealView>, ValidationProblem, NotFound>> HandleChange(Guid id, ChangeDealRequest request, ClaimsPrincipal user,
        PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        (await Change(id, request, user, db, clock, ct)).OkOr(d => BargainDealView.From(d, clock.GetUtcNow().UtcDateTime));

    public static async Task<Results<Ok<BargainDealView>, NotFound>> HandleEnd(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        SkuDeals.OkOrNotFound(await End(id, user, db, clock, ct), d => BargainDealView.From(d, clock.GetUtcNow().UtcDateTime));

    public static Task<Results<Ok<IReadOnlyList<BargainDealView>>, ValidationProblem>> HandleList(Guid? storeId, Guid? productId, PlazaDb db,
        TimeProvider clock, CancellationToken ct) =>
        SkuDeals.HandleList<BargainDeal, BargainDealView>(storeId, productId, db, clock, BargainDealView.From, ct);
}
