using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.GroupBuying;

internal sealed record DealView(Guid Id, Guid StoreId, Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long GroupPriceMinor, string Currency,
    int TeamSize, int TimeLimitMinutes, int PerShopperLimit, DateTime StartsAtUtc, DateTime EndsAtUtc, bool Active)
{
    public static DealView From(GroupBuyDeal d, DateTime now) =>
        new(d.Id, d.StoreId, d.SkuId, d.ProductId, d.ProductName, d.SkuLabel, d.GroupPriceMinor, d.Currency,
        d.TeamSize, d.TimeLimitMinutes, d.PerShopperLimit, d.StartsAtUtc, d.EndsAtUtc, d.IsActive(now));
}

/// <summary>
/// Store staff set up team group-buy deals, change and end them; anyone may list a store's running deals (the shared
/// <see cref="SkuDeals"/> kit).
/// </summary>
internal static class ManageDeals
{
    public sealed record CreateDealRequest(Guid? StoreId, Guid? SkuId, long? GroupPriceMinor, int? TeamSize, int? TimeLimitMinutes, int? PerShopperLimit,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    /// <summary>
    /// What may change while a deal runs: when it ends, how long new teams have to fill, the limit per shopper. The
    /// team price is refused (409 deal_running).
    /// </summary>
    public sealed record ChangeDealRequest(DateTime? EndsAtUtc, int? PerShopperLimit, int? TimeLimitMinutes = null, long? GroupPriceMinor = null);

    /// <returns>null when the user is not staff at that store.</returns>
    public static Task<Outcome<GroupBuyDeal>?> Create(CreateDealRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog,
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

    /// <returns>null when there is no such deal or the user is not staff at its store (or not at <paramref name="storeId"/>).</returns>
    public static Task<Outcome<GroupBuyDeal>?> Change(Guid dealId, ChangeDealRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.Change<GroupBuyDeal>(dealId, r.EndsAtUtc, user, db, clock,
            d => r.GroupPriceMinor is { } p && p != d.GroupPriceMinor,
            (_, v) => v.Check(r.PerShopperLimit is null or >= 1 and <= GroupBuyDeal.MaxPerShopper, "perShopperLimit", "The limit per shopper is 1 to 99.")
                .Check(r.TimeLimitMinutes is null or >= GroupBuyDeal.MinTimeLimitMinutes and <= GroupBuyDeal.MaxTimeLimitMinutes, "timeLimitMinutes",
                    "A team has from 10 minutes to 7 days to fill."),
            (d, _) =>
            {
                if (r.PerShopperLimit is { } limit) d.LimitPerShopper(limit);
                if (r.TimeLimitMinutes is { } minutes) d.GiveTeams(minutes);
            }, ct, storeId: storeId);

    /// <returns>null when there is no such deal or the user is not staff at its store.</returns>
    public static Task<GroupBuyDeal?> End(Guid dealId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.End<GroupBuyDeal>(dealId, user, db, clock, ct, storeId);

    /// <summary>A store's deals: running ones (optionally for one product), or all of them for its staff.</summary>
    public static Task<IReadOnlyList<GroupBuyDeal>> List(Guid storeId, Guid? productId, bool all, PlazaDb db, DateTime now, CancellationToken ct) =>
        SkuDeals.List<GroupBuyDeal>(storeId, productId, all, db, now, ct);

    public static async Task<Results<Created<DealView>, ValidationProblem, ForbidHttpResult>> HandleCreate(CreateDealRequest request, ClaimsPrincipal user,
        PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct) =>
        SkuDeals.CreatedOrForbid(await Create(request, user, db, stores, catalog, clock, ct), d => $"/api/v1/group-buys/deals/{d.Id}",
            d => DealView.From(d, clock.GetUtcNow().UtcDateTime));

    public static async Task<Results<Ok<DealView>, ValidationProblem, NotFound>> HandleChange(Guid id, ChangeDealRequest request, ClaimsPrincipal user,
        PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        (await Change(id, request, user, db, clock, ct)).OkOr(d => DealView.From(d, clock.GetUtcNow().UtcDateTime));

    public static async Task<Results<Ok<DealView>, NotFound>> HandleEnd(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        SkuDeals.OkOrNotFound(await End(id, user, db, clock, ct), d => DealView.From(d, clock.GetUtcNow().UtcDateTime));

    public static Task<Results<Ok<IReadOnlyList<DealView>>, ValidationProblem>> HandleList(Guid? storeId, Guid? productId, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        SkuDeals.HandleList<GroupBuyDeal, DealView>(storeId, productId, db, clock, DealView.From, ct);
}
