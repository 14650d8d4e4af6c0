using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// Store staff change a coupon campaign that is not over, or end it early. While it runs they may move its end
/// (never before now), raise or lower its total limit (never below what was claimed: one conditional UPDATE,
/// since shoppers claim meanwhile) and its per-shopper limit. What it takes off (amount, percentage, cap,
/// minimum spend) is refused once it has started (409 deal_running): shoppers already claimed and used it on those terms.
/// </summary>
internal static class ChangeCoupon
{
    public sealed record ChangeCouponRequest(DateTime? ValidUntilUtc, int? TotalLimit, int? PerShopperLimit,
        long? AmountMinor = null, int? Percent = null, long? MaxDiscountMinor = null, long? MinSpendMinor = null);

    /// <returns>null when there is no such coupon or the user is not staff at its store (or not at <paramref name="storeId"/>).</returns>
    public static async Task<Outcome<Coupon>?> Execute(Guid id, ChangeCouponRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct, Guid? storeId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var coupon = await Find(id, user, db, storeId, ct);
        if (coupon is null) return null;
        if (coupon.IsOver(now)) throw new DomainException("deal_ended", "This coupon campaign has ended; set up a new one instead.");
        var termsChange = (r.AmountMinor is { } a && a != coupon.AmountMinor) || (r.Percent is { } p && p != coupon.Percent)
            || (r.MaxDiscountMinor is { } m && m != coupon.MaxDiscountMinor) || (r.MinSpendMinor is { } s && s != coupon.MinSpendMinor);
        if (termsChange)
            throw coupon.ValidFromUtc <= now
                ? new DomainException("deal_running",
                    "What a coupon takes off cannot change once it has started: shoppers already claimed and used it. End it and set up a new one.")
                : new DomainException("deal_price_fixed", "What a coupon takes off is fixed when it is set up. End it and set up a new one.");

        var until = r.ValidUntilUtc is { } u ? CreateCoupon.Utc(u) : (DateTime?)null;
        var v = new Validator()
            .Check(until is null || (until > now && until > coupon.ValidFromUtc), "validUntilUtc", "The coupon must end after it starts and in the future.")
            .Check(r.TotalLimit is null or >= 1 and <= 1_000_000, "totalLimit", "The total limit must be a whole number from 1, or empty for none.")
            .Check(r.TotalLimit is null || r.TotalLimit >= coupon.ClaimedCount, "totalLimit", "Not fewer than are already claimed.")
            .Check(r.PerShopperLimit is null or >= 1 and <= 100, "perShopperLimit", "The limit per shopper must be a whole number from 1 to 100.");
        if (!v.IsValid) return v;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (until is { } end) coupon.EndAt(end, now);
        if (r.PerShopperLimit is { } limit) coupon.LimitPerShopper(limit);
        await db.SaveChangesAsync(ct);
        // Shoppers claim meanwhile: the new total is written only where it still covers what was claimed.
        if (r.TotalLimit is { } total && await db.Set<Coupon>().Where(c => c.Id == coupon.Id && c.ClaimedCount <= total)
                .ExecuteUpdateAsync(x => x.SetProperty(c => c.TotalLimit, total), ct) != 1)
            return v.Add("totalLimit", "Not fewer than are already claimed.");
        await tx.CommitAsync(ct);
        await db.Entry(coupon).ReloadAsync(ct);
        return coupon;
    }

    /// <summary>Ends the campaign now (see <see cref="Coupon.End"/>).</summary>
    /// <returns>null when there is no such coupon or the user is not staff at its store.</returns>
    public static async Task<Coupon?> End(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct, Guid? storeId = null)
    {
        var coupon = await Find(id, user, db, storeId, ct);
        if (coupon is null) return null;
        coupon.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return coupon;
    }

    private static async Task<Coupon?> Find(Guid id, ClaimsPrincipal user, PlazaDb db, Guid? storeId, CancellationToken ct)
    {
        var coupon = await db.Set<Coupon>().FirstOrDefaultAsync(c => c.Id == id, ct);
        return coupon is null || !user.IsStaffOf(coupon.StoreId) || (storeId is { } store && coupon.StoreId != store) ? null : coupon;
    }

    public static async Task<Results<Ok<CouponView>, ValidationProblem, NotFound>> Handle(Guid id, ChangeCouponRequest request, ClaimsPrincipal user,
        PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        (await Execute(id, request, user, db, clock, ct)).OkOr(CouponView.From);

    public static async Task<Results<Ok<CouponView>, NotFound>> HandleEnd(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await End(id, user, db, clock, ct) is { } coupon ? TypedResults.Ok(CouponView.From(coupon)) : TypedResults.NotFound();
}
