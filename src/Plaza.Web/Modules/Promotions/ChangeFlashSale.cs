using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Promotions;

/// <summary>Store staff change a flash sale that has not ended, through the shared <see cref="SkuDeals"/> kit.</summary>
internal static class ChangeFlashSale
{
    /// <summary>
    /// What may change while a sale runs: its end, its quantity (never below what is sold), the limit per shopper. Its
    /// price is refused (409 deal_running).
    /// </summary>
    public sealed record ChangeFlashSaleRequest(DateTime? EndsAtUtc, int? Quantity, int? PerShopperLimit, long? PriceMinor = null);

    /// <returns>null when there is no such sale or the user is not staff at its store (or not at <paramref name="storeId"/>).</returns>
    public static Task<Outcome<FlashSale>?> Execute(Guid id, ChangeFlashSaleRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
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

    public static async Task<Results<Ok<FlashSaleView>, ValidationProblem, NotFound>> Handle(Guid id, ChangeFlashSaleRequest request,
        ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Execute(id, request, user, db, clock, ct);
        if (outcome is { Ok: true } o) await db.Entry(o.Value!).ReloadAsync(ct);
        return outcome.OkOr(s => FlashSaleView.From(s, clock.GetUtcNow().UtcDateTime));
    }
}
