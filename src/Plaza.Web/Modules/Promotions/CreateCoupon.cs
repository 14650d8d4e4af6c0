using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Promotions;

/// <summary>Store staff set up a coupon campaign for their store. Codes are unique per store (upper case).</summary>
internal static class CreateCoupon
{
    public const long MaxMinor = 100_000_000;

    public sealed record CreateCouponRequest(
        Guid? StoreId, string? Code, string? Name, CouponKind? Kind, long? AmountMinor, int? Percent, long? MaxDiscountMinor, long? MinSpendMinor,
        CouponScope? Scope, Guid? ScopeId, DateTime? ValidFromUtc, DateTime? ValidUntilUtc, int? TotalLimit, int? PerShopperLimit,
        bool Stackable = false, bool Claimable = true);

    public static async Task<Outcome<Coupon>> Execute(CreateCouponRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var v = new Validator();
        v.Check(r.StoreId is not null, "storeId", "Choose a store.");
        v.Text(r.Code, "code", Coupon.CodeMax, min: 3);
        if (!string.IsNullOrWhiteSpace(r.Code))
            v.Check(r.Code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-'), "code", "A coupon code has letters, digits and dashes only.");
        v.Text(r.Name, "name", Coupon.NameMax);
        v.Check(r.Kind is not null && Enum.IsDefined(r.Kind.Value), "kind", "Choose a fixed amount or a percentage.");
        if (r.Kind == CouponKind.Fixed) v.Check(r.AmountMinor is > 0 and <= MaxMinor, "amountMinor", "Enter the amount off, more than 0.");
        if (r.Kind == CouponKind.Percentage)
        {
            v.Check(r.Percent is >= 1 and <= 100, "percent", "Enter a percentage from 1 to 100.");
            v.Check(r.MaxDiscountMinor is null or > 0 and <= MaxMinor, "maxDiscountMinor", "The most a coupon takes off must be more than 0.");
        }
        v.Check(r.MinSpendMinor is null or >= 0 and <= MaxMinor, "minSpendMinor", "The minimum spend cannot be negative.");
        v.Check(r.Scope is not null && Enum.IsDefined(r.Scope.Value), "scope", "Choose what the coupon applies to.");
        if (r.Scope is CouponScope.Category or CouponScope.Product)
            v.Check(r.ScopeId is not null, "scopeId", "Say which category or product the coupon is for.");
        v.Check(r.ValidFromUtc is not null, "validFromUtc", "Say when the coupon starts.");
        v.Check(r.ValidUntilUtc is not null, "validUntilUtc", "Say when the coupon ends.");
        if (r.ValidFromUtc is { } from && r.ValidUntilUtc is { } until)
            v.Check(Utc(until) > Utc(from) && Utc(until) > now, "validUntilUtc", "The coupon must end after it starts and in the future.");
        v.Check(r.TotalLimit is null or >= 1 and <= 1_000_000, "totalLimit", "The total limit must be a whole number from 1, or empty for none.");
        v.Check(r.PerShopperLimit is null or >= 1 and <= 100, "perShopperLimit", "The limit per shopper must be a whole number from 1 to 100.");
        if (!v.IsValid) return v;

        var storeId = r.StoreId!.Value;
        var terms = await stores.Terms(storeId, ct);
        if (terms is null) return v.Add("storeId", "No such store.");
        if (!user.IsStaffOf(storeId)) throw new ForbiddenException("not_store_staff", "Only the store's staff can create its coupons.");
        var code = Coupon.Normalise(r.Code!);
        if (await db.Set<Coupon>().AnyAsync(c => c.StoreId == storeId && c.Code == code, ct))
            return v.Add("code", "This store already has a coupon with that code.");

        var coupon = Coupon.Create(storeId, code, r.Name!, r.Kind!.Value, r.AmountMinor ?? 0, r.Percent ?? 0, r.MaxDiscountMinor, r.MinSpendMinor ?? 0,
            terms.Currency, r.Scope!.Value, r.Scope == CouponScope.Store ? null : r.ScopeId, Utc(r.ValidFromUtc!.Value), Utc(r.ValidUntilUtc!.Value),
            r.TotalLimit, r.PerShopperLimit ?? 1, r.Stackable, r.Claimable, user.RequiredAccountId(), now);
        db.Add(coupon);
        await db.SaveOrConflictAsync("coupon_code_taken", "This store already has a coupon with that code.", ct);
        return coupon;
    }

    internal static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc);

    public static async Task<Results<Created<CouponView>, ValidationProblem>> Handle(CreateCouponRequest request, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, TimeProvider clock, CancellationToken ct) =>
        (await Execute(request, user, db, stores, clock, ct)).CreatedOr(c => $"/api/v1/coupons/{c.Id}", CouponView.From);
}
