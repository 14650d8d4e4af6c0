using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// A coupon campaign shoppers can claim (share kind "Coupon"): its page shows what it takes off and how many are left.
/// Never one staff only issue.
/// </summary>
internal sealed class CouponShareTarget(PlazaDb db) : IShareTargetFinder
{
    public async Task<SharedPage?> Find(Guid targetId, Guid? storeId, CancellationToken ct) =>
        await db.Set<Coupon>().AsNoTracking().Where(c => c.Id == targetId && c.Claimable).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct)
            is { } c ? new SharedPage(GetCoupon.UrlOf(c.Id), c.Name) : null;
}
