using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// A coupon goes into a shopper's wallet: claimed by the shopper from the coupons page, or issued by the
/// store's staff to a shopper named by email or mobile number. Race-safe: the wallet row's unique
/// (coupon, shopper, sequence ≤ per-shopper limit) decides between two claims by one shopper, and the
/// campaign's count moves by one conditional UPDATE (claimed_count &lt; total_limit) in the same transaction.
/// </summary>
internal static class ClaimCoupon
{
    public sealed record IssueCouponRequest(string? Login);

    /// <returns>null when there is no such coupon (or, for a shopper, when it is not one to claim).</returns>
    public static async Task<ShopperCoupon?> Claim(Guid couponId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var coupon = await db.Set<Coupon>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == couponId && c.Claimable, ct);
        return coupon is null ? null : await Give(coupon, user.RequiredAccountId(), null, db, clock, ct);
    }

    public static async Task<Outcome<ShopperCoupon>?> Issue(Guid couponId, IssueCouponRequest r, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        TimeProvider clock, CancellationToken ct)
    {
        var coupon = await db.Set<Coupon>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == couponId, ct);
        if (coupon is null || !user.IsStaffOf(coupon.StoreId)) return null;
        var v = new Validator().Text(r.Login, "login", 254);
        if (!v.IsValid) return v;
        var shopper = await accounts.FindByLogin(r.Login!.Trim(), ct);
        if (shopper is null) return v.Add("login", "No customer with that email address or mobile number.");
        return await Give(coupon, shopper.Id, user.RequiredAccountId(), db, clock, ct);
    }

    private static async Task<ShopperCoupon> Give(Coupon coupon, Guid customerId, Guid? issuedBy, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (coupon.IsOver(now)) throw new DomainException("coupon_expired", "This coupon has expired.");
        var held = await db.Set<ShopperCoupon>().CountAsync(s => s.CouponId == coupon.Id && s.CustomerId == customerId, ct);
        if (held >= coupon.PerShopperLimit) throw LimitReached();
        var given = ShopperCoupon.Claim(coupon, customerId, held + 1, issuedBy, now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(given);
        await db.SaveOrConflictAsync(LimitReached(), ct); // the same shopper claimed at the same moment and took that place
        var counted = await db.Set<Coupon>().Where(c => c.Id == coupon.Id && (c.TotalLimit == null || c.ClaimedCount < c.TotalLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimedCount, c => c.ClaimedCount + 1), ct);
        if (counted != 1) throw new DomainException("coupon_all_claimed", "All of these coupons have been claimed.");
        await tx.CommitAsync(ct);
        return given;
    }

    private static DomainException LimitReached() => new("coupon_limit_reached", "You already hold as many of this coupon as one shopper may.");

    public static async Task<Results<Created<WalletCouponView>, NotFound>> HandleClaim(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Claim(id, user, db, clock, ct) is { } given
            ? TypedResults.Created($"/api/v1/coupons/mine", await ListCoupons.Wallet(db, given.Id, clock, ct)) : TypedResults.NotFound();

    public static async Task<Results<Created<WalletCouponView>, ValidationProblem, NotFound>> HandleIssue(Guid id, IssueCouponRequest request,
        ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Issue(id, request, user, db, accounts, clock, ct);
        if (outcome is not { } o) return TypedResults.NotFound();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        return TypedResults.Created("/api/v1/coupons/mine", await ListCoupons.Wallet(db, o.Value!.Id, clock, ct));
    }
}
