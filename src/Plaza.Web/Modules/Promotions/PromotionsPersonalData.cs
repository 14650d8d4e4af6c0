using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// A person's coupons, flash-sale purchases and reminders (account ids only, never a name or email). On deletion the
/// coupons not used yet are removed and go back to their campaign's pool, reminders are removed; used coupons and flash-sale
/// purchases stay under the pseudonymous account id, with the orders they belong to.
/// </summary>
internal sealed class PromotionsPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "promotions";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Coupons = await db.Set<ShopperCoupon>().AsNoTracking().Where(s => s.CustomerId == accountId)
            .Join(db.Set<Coupon>(), s => s.CouponId, c => c.Id, (s, c) => new { c.Code, c.Name, c.StoreId, s.ClaimedAtUtc, s.UsedOrderId, s.UsedAtUtc })
            .ToListAsync(ct),
        FlashSales = await db.Set<FlashSaleClaim>().AsNoTracking().Where(c => c.CustomerId == accountId)
            .Select(c => new { c.FlashSaleId, c.OrderId, c.Quantity, c.ClaimedAtUtc, c.ReleasedAtUtc }).ToListAsync(ct),
        FlashSaleReminders = await db.Set<FlashSaleReminder>().AsNoTracking().Where(r => r.CustomerId == accountId)
            .Select(r => new { r.FlashSaleId, r.CreatedAtUtc, r.SentAtUtc }).ToListAsync(ct),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        var unused = await db.Set<ShopperCoupon>().Where(s => s.CustomerId == accountId && s.UsedOrderId == null)
            .GroupBy(s => s.CouponId).Select(g => new { CouponId = g.Key, Count = g.Count() }).ToListAsync(ct);
        await db.Set<ShopperCoupon>().Where(s => s.CustomerId == accountId && s.UsedOrderId == null).ExecuteDeleteAsync(ct);
        await db.Set<FlashSaleReminder>().Where(r => r.CustomerId == accountId).ExecuteDeleteAsync(ct);
        foreach (var g in unused)
            await db.Set<Coupon>().Where(c => c.Id == g.CouponId && c.ClaimedCount >= g.Count)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimedCount, c => c.ClaimedCount - g.Count), ct);
    }
}
