using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>Store staff set up a bargain deal for one of their SKUs (the shared <see cref="SkuDeals"/> kit).</summary>
internal static class CreateBargainDeal
{
    public sealed record CreateDealRequest(Guid? StoreId, Guid? SkuId, long? FloorPriceMinor, int? ExpectedCuts, int? TimeLimitMinutes,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    /// <returns>null when the user is not staff at that store.</returns>
    public static Task<Outcome<BargainDeal>?> Execute(CreateDealRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog,
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

    public static async Task<Results<Created<BargainDealView>, ValidationProblem, ForbidHttpResult>> Handle(CreateDealRequest request,
        ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct) =>
        SkuDeals.CreatedOrForbid(await Execute(request, user, db, stores, catalog, clock, ct), d => $"/api/v1/bargains/deals/{d.Id}",
            d => BargainDealView.From(d, clock.GetUtcNow().UtcDateTime));
}
