using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>Store staff change a team group-buy deal that has not ended (the shared <see cref="SkuDeals"/> kit).</summary>
internal static class ChangeTeamDeal
{
    /// <summary>
    /// What may change while a deal runs: when it ends, how long new teams have to fill, the limit per shopper. The
    /// team price is refused (409 deal_running).
    /// </summary>
    public sealed record ChangeDealRequest(DateTime? EndsAtUtc, int? PerShopperLimit, int? TimeLimitMinutes = null, long? GroupPriceMinor = null);

    /// <returns>null when there is no such deal or the user is not staff at its store (or not at <paramref name="storeId"/>).</returns>
    public static Task<Outcome<GroupBuyDeal>?> Execute(Guid dealId, ChangeDealRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
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

    public static async Task<Results<Ok<DealView>, ValidationProblem, NotFound>> Handle(Guid id, ChangeDealRequest request, ClaimsPrincipal user,
        PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        (await Execute(id, request, user, db, clock, ct)).OkOr(d => DealView.From(d, clock.GetUtcNow().UtcDateTime));
}
