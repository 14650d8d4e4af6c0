using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

/// <summary>The coupons a store offers to claim now, my wallet, and (for staff) all of a store's campaigns.</summary>
internal static class ListCoupons
{
    /// <summary>Claimable coupons of the store that have not ended, soonest ending first.</summary>
    public static async Task<IReadOnlyList<CouponView>> Claimable(Guid storeId, PlazaDb db, DateTime now, CancellationToken ct) =>
        (await db.Set<Coupon>().AsNoTracking().Where(c => c.StoreId == storeId && c.Claimable && c.ValidUntilUtc > now)
            .OrderBy(c => c.ValidUntilUtc).ThenBy(c => c.Code).Take(100).ToListAsync(ct)).Select(CouponView.From).ToList();

    /// <summary>Every campaign of the store, newest first (staff).</summary>
    public static async Task<IReadOnlyList<CouponView>> OfStore(Guid storeId, PlazaDb db, CancellationToken ct) =>
        (await db.Set<Coupon>().AsNoTracking().Where(c => c.StoreId == storeId).OrderByDescending(c => c.CreatedAtUtc).Take(200).ToListAsync(ct))
            .Select(CouponView.From).ToList();

    /// <summary>My coupons (at one store, or everywhere): usable ones first, then used or expired.</summary>
    public static async Task<IReadOnlyList<WalletCouponView>> Mine(Guid customerId, Guid? storeId, PlazaDb db, DateTime now, CancellationToken ct)
    {
        var rows = await db.Set<ShopperCoupon>().AsNoTracking().Where(s => s.CustomerId == customerId)
            .Join(db.Set<Coupon>().AsNoTracking(), s => s.CouponId, c => c.Id, (s, c) => new { s, c })
            .Where(x => storeId == null || x.c.StoreId == storeId)
            .OrderByDescending(x => x.s.ClaimedAtUtc).Take(200).ToListAsync(ct);
        return rows.Select(x => View(x.s, x.c, now)).OrderByDescending(w => w.Usable).ThenBy(w => w.Coupon.ValidUntilUtc).ToList();
    }

    public static async Task<WalletCouponView> Wallet(PlazaDb db, Guid shopperCouponId, TimeProvider clock, CancellationToken ct)
    {
        var s = await db.Set<ShopperCoupon>().AsNoTracking().SingleAsync(x => x.Id == shopperCouponId, ct);
        var c = await db.Set<Coupon>().AsNoTracking().SingleAsync(x => x.Id == s.CouponId, ct);
        return View(s, c, clock.GetUtcNow().UtcDateTime);
    }

    private static WalletCouponView View(ShopperCoupon s, Coupon c, DateTime now) =>
        new(s.Id, s.ClaimedAtUtc, s.UsedOrderId, s.UsedOrderId is null && !c.IsOver(now), CouponView.From(c));

    public static async Task<Ok<IReadOnlyList<CouponView>>> HandleClaimable(Guid storeId, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await Claimable(storeId, db, clock.GetUtcNow().UtcDateTime, ct));

    public static async Task<Ok<IReadOnlyList<WalletCouponView>>> HandleMine(Guid? storeId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        TypedResults.Ok(await Mine(user.RequiredAccountId(), storeId, db, clock.GetUtcNow().UtcDateTime, ct));

    public static async Task<Results<Ok<IReadOnlyList<CouponView>>, NotFound>> HandleOfStore(Guid storeId, ClaimsPrincipal user, PlazaDb db,
        CancellationToken ct) =>
        user.IsStaffOf(storeId) ? TypedResults.Ok(await OfStore(storeId, db, ct)) : TypedResults.NotFound();
}
