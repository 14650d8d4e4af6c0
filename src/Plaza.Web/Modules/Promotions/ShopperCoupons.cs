using Plaza.Web.Modules.Promotions.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

internal sealed class ShopperCoupons(PlazaDb db, TimeProvider clock) : IShopperCoupons
{
    public async Task<IReadOnlyList<UsableCoupon>> Usable(Guid customerId, Guid storeId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (await ListCoupons.Mine(customerId, storeId, db, now, ct))
            .Where(w => w.Usable && w.Coupon.ValidFromUtc <= now)
            .DistinctBy(w => w.Coupon.Code)
            .Select(w => new UsableCoupon(w.Coupon.Code, w.Coupon.Name, w.Coupon.Kind.ToString(), w.Coupon.AmountMinor, w.Coupon.Percent,
                w.Coupon.MinSpendMinor, w.Coupon.Currency, w.Coupon.ValidUntilUtc, w.Coupon.MaxDiscountMinor))
            .ToList();
    }
}
