using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.BackOffice;

/// <summary>What a store manager looks at first: today's sales, open orders by status, what is running out.</summary>
internal static class StoreDashboard
{
    public const int LowStockThreshold = 5;

    public sealed record LowStockItem(Guid ProductId, Guid SkuId, string ProductName, string SkuLabel, int Stock);

    public sealed record DashboardView(
        Guid StoreId, string StoreName, string Currency, DateOnly Day, long SalesTodayMinor, int PaidOrdersToday,
        IReadOnlyDictionary<OrderStatus, int> OpenOrdersByStatus, IReadOnlyList<LowStockItem> LowStock);

    public static async Task<DashboardView?> Load(Guid storeId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var store = await db.Set<Store>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct);
        if (store is null) return null;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(store.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var localNow = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone);
        var day = DateOnly.FromDateTime(localNow);
        var from = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var to = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

        var paidToday = db.Set<Order>().AsNoTracking().Where(o => o.StoreId == storeId && o.PaidAtUtc >= from && o.PaidAtUtc < to);
        var sales = await paidToday.SumAsync(o => o.TotalMinor - o.RefundedMinor, ct);
        var count = await paidToday.CountAsync(o => o.Status != OrderStatus.Cancelled, ct);
        var byStatus = await db.Set<Order>().AsNoTracking()
            .Where(o => o.StoreId == storeId && o.Status != OrderStatus.Completed && o.Status != OrderStatus.Cancelled)
            .GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var low = await (from o in db.Set<StoreOffer>().AsNoTracking()
                         join s in db.Set<Sku>() on o.SkuId equals s.Id
                         join p in db.Set<Product>() on s.ProductId equals p.Id
                         where o.StoreId == storeId && o.Listed && o.Stock <= LowStockThreshold
                         orderby o.Stock, p.Name
                         select new LowStockItem(p.Id, s.Id, p.Name, s.Label, o.Stock)).Take(50).ToListAsync(ct);
        return new DashboardView(store.Id, store.Name, store.Currency, day, sales, count, byStatus, low);
    }

    public static async Task<Results<Ok<DashboardView>, NotFound>> Handle(Guid storeId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        user.IsStaffOf(storeId) && await Load(storeId, db, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
