using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>Store staff set up a team group-buy deal for one of their SKUs (the shared <see cref="SkuDeals"/> kit).</summary>
internal static class CreateTeamDeal
{
    public sealed record CreateDealRequest(Guid? StoreId, Guid? SkuId, long? GroupPriceMinor, int? TeamSize, int? TimeLimitMinutes, int? PerShopperLimit,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    /// <returns>null when the user is not staff at that store.</returns>
    public static Task<Outcome<GroupBuyDeal>?> Execute(CreateDealRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog,
        TimeProvider clock, CancellationToken ct) =>
        SkuDeals.Create(new SkuDealWindow(r.StoreId, r.SkuId, r.StartsAtUtc, r.EndsAtUtc), user, db, stores, catalog, clock,
            v => v.Check(r.GroupPriceMinor is > 0, "groupPriceMinor", "Give a team price above zero.")
                .Check(r.TeamSize is >= GroupBuyDeal.MinTeamSize and <= GroupBuyDeal.MaxTeamSize, "teamSize", "A team has 2 to 10 people.")
                .Check(r.TimeLimitMinutes is >= GroupBuyDeal.MinTimeLimitMinutes and <= GroupBuyDeal.MaxTimeLimitMinutes, "timeLimitMinutes",
                    "A team has from 10 minutes to 7 days to fill.")
                .Check(r.PerShopperLimit is >= 1 and <= GroupBuyDeal.MaxPerShopper, "perShopperLimit", "The limit per shopper is 1 to 99."),
            offer => r.GroupPriceMinor >= offer.PriceMinor ? new Validator().Add("groupPriceMinor", "The team price must be below the usual price.") : null,
            b => GroupBuyDeal.Create(b.Store.Id, b.Offer.SkuId, b.Offer.ProductId, b.Offer.ProductName, b.Offer.SkuLabel, b.Offer.PriceMinor, b.Store.Currency,
                r.GroupPriceMinor!.Value, r.TeamSize!.Value, r.TimeLimitMinutes!.Value, r.PerShopperLimit!.Value, b.StartsAtUtc, b.EndsAtUtc,
                b.CreatedById, b.Now), ct);

    public static async Task<Results<Created<DealView>, ValidationProblem, ForbidHttpResult>> Handle(CreateDealRequest request, ClaimsPrincipal user,
        PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct) =>
        SkuDeals.CreatedOrForbid(await Execute(request, user, db, stores, catalog, clock, ct), d => $"/api/v1/group-buys/deals/{d.Id}",
            d => DealView.From(d, clock.GetUtcNow().UtcDateTime));
}
