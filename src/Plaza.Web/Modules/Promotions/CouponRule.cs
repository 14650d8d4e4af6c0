using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// Stage 3 (coupons). <c>Apply</c>: each code must be a coupon of this store that the shopper holds unused,
/// valid now, covering at least one line, with the minimum spend met on the covered lines (after member and
/// special prices); a non-stackable coupon goes alone. Its discount is shared over the covered lines.
/// <c>Claim</c>: marks the shopper's coupon used by this order with one conditional UPDATE
/// (… WHERE used_order_id IS NULL), so of twenty racing orders with one single-use coupon exactly one gets it
/// and the rest get 409 <c>coupon_already_used</c> — as does any later quote or order with a coupon the shopper
/// holds only used (a state, not bad input); an unknown, unheld, expired or inapplicable code is a 400 on couponCodes.
/// </summary>
internal sealed class CouponRule(PlazaDb db) : IPriceRule
{
    public const string Kind = "coupon";
    private const string Field = "couponCodes";

    public PriceStage Stage => PriceStage.Coupon;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        var codes = sheet.Choices.CouponCodes.Select(Coupon.Normalise).Distinct().ToList();
        if (codes.Count == 0) return;
        if (sheet.CustomerId is not { } customerId)
        {
            sheet.Refuse(Field, "Sign in to use a coupon.");
            return;
        }
        var coupons = await db.Set<Coupon>().AsNoTracking().Where(c => c.StoreId == sheet.StoreId && codes.Contains(c.Code)).ToListAsync(ct);
        if (coupons.Count != codes.Count)
        {
            sheet.Refuse(Field, "That coupon code is not valid at this store.");
            return;
        }
        if (Coupon.StackingProblem(coupons) is { } stacking)
        {
            sheet.Refuse(Field, stacking);
            return;
        }
        var ids = coupons.Select(c => c.Id).ToList();
        var held = await db.Set<ShopperCoupon>().AsNoTracking()
            .Where(s => s.CustomerId == customerId && ids.Contains(s.CouponId))
            .OrderBy(s => s.Sequence).ToListAsync(ct);
        foreach (var coupon in codes.Select(code => coupons.Single(c => c.Code == code)))
        {
            var mine = held.FirstOrDefault(h => h.CouponId == coupon.Id && h.UsedOrderId == null);
            // Held but used: the same answer as losing the race at Claim, whether a moment or a week later.
            if (mine is null && held.Any(h => h.CouponId == coupon.Id)) throw AlreadyUsed();
            var problem = mine is null
                ? "You have no unused coupon with that code. Claim it on the coupons page first." : coupon.Problem(sheet.NowUtc, sheet.Lines);
            if (problem is not null)
            {
                sheet.Refuse(Field, problem);
                return;
            }
            sheet.Discount(coupon.DiscountOn(sheet.NetMinor(coupon.Covers)), Kind, "Coupon", mine!.Id, coupon.Covers);
        }
    }

    private static DomainException AlreadyUsed() => new("coupon_already_used", "This coupon has already been used.");

    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        foreach (var used in sheet.Adjustments.Where(a => a.Stage == PriceStage.Coupon && a.Kind == Kind && a.Reference is not null))
        {
            var rows = await db.Set<ShopperCoupon>()
                .Where(s => s.Id == used.Reference!.Value && s.CustomerId == sheet.CustomerId && s.UsedOrderId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.UsedOrderId, orderId).SetProperty(x => x.UsedAtUtc, sheet.NowUtc), ct);
            if (rows != 1) throw AlreadyUsed();
        }
    }
}
