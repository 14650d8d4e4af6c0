using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// What a store manager looks at first: today's sales, open orders by status (this module's orders), and what is
/// running out (Catalog's <see cref="IStockLevels"/>).
/// </summary>
internal static class StoreDashboard
{
    public const int LowStockThreshold = 5;

    public sealed record DashboardView(
        Guid StoreId, string StoreName, string Currency, DateOnly Day, long SalesTodayMinor, int PaidOrdersToday,
        IReadOnlyDictionary<OrderStatus, int> OpenOrdersByStatus, IReadOnlyList<LowStockItem> LowStock);

    public static async Task<DashboardView?> Load(Guid storeId, PlazaDb db, IStoreDirectory stores, IStockLevels stock, TimeProvider clock,
        CancellationToken ct)
    {
        var store = await stores.Terms(storeId, ct);
        if (store is null) return null;
        var zone = StoreTime.Zone(store.TimeZone);
        var day = DateOnly.FromDateTime(StoreTime.Local(clock.GetUtcNow().UtcDateTime, zone));
        var from = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var to = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

        var paidToday = db.Set<Order>().AsNoTracking().Where(o => o.StoreId == storeId && o.PaidAtUtc >= from && o.PaidAtUtc < to);
        var sales = await paidToday.SumAsync(o => o.TotalMinor - o.RefundedMinor, ct);
        var count = await paidToday.CountAsync(o => o.Status != OrderStatus.Cancelled, ct);
        var byStatus = await db.Set<Order>().AsNoTracking()
            .Where(o => o.StoreId == storeId && o.Status != OrderStatus.Completed && o.Status != OrderStatus.Cancelled)
            .GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var low = await stock.Low(storeId, LowStockThreshold, ct);
        return new DashboardView(store.Id, store.Name, store.Currency, day, sales, count, byStatus, low);
    }

    public static async Task<Results<Ok<DashboardView>, NotFound>> Handle(Guid storeId, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        IStockLevels stock, TimeProvider clock, CancellationToken ct) =>
        user.IsStaffOf(storeId) && await Load(storeId, db, stores, stock, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
