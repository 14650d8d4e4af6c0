using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>Store staff change a bargain deal that has not ended (the shared <see cref="SkuDeals"/> kit).</summary>
internal static class ChangeBargainDeal
{
    /// <summary>
    /// What may change while a deal runs: when it ends and how long new bargains last. The floor and cuts are its
    /// price: refused (409 deal_running).
    /// </summary>
    public sealed record ChangeDealRequest(DateTime? EndsAtUtc, int? TimeLimitMinutes, long? FloorPriceMinor = null, int? ExpectedCuts = null);

    /// <returns>null when there is no such deal or the user is not staff at its store (or not at <paramref name="storeId"/>).</returns>
    public static Task<Outcome<BargainDeal>?> Execute(Guid dealId, ChangeDealRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct, Guid? storeId = null) =>
        SkuDeals.Change<BargainDeal>(dealId, r.EndsAtUtc, user, db, clock,
            d => (r.FloorPriceMinor is { } f && f != d.FloorPriceMinor) || (r.ExpectedCuts is { } c && c != d.ExpectedCuts),
            (_, v) => v.Check(r.TimeLimitMinutes is null or >= BargainDeal.MinTimeLimitMinutes and <= BargainDeal.MaxTimeLimitMinutes, "timeLimitMinutes",
                "A bargain lasts from 10 minutes to 7 days."),
            (d, _) => { if (r.TimeLimitMinutes is { } minutes) d.LastFor(minutes); }, ct, storeId: storeId);

    public static async Task<Results<Ok<BargainDealView>, ValidationProblem, NotFound>> Handle(Guid id, ChangeDealRequest request, ClaimsPrincipal user,
        PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        (await Execute(id, request, user, db, clock, ct)).OkOr(d => BargainDealView.From(d, clock.GetUtcNow().UtcDateTime));
}
