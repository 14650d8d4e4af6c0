using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

internal static class OrderAccess
{
    public static IQueryable<Order> WithDetails(PlazaDb db) =>
        db.Set<Order>().Include(o => o.Lines).Include(o => o.History).Include(o => o.Adjustments);

    /// <summary>The customer's own order, or any order of a store the user works at; otherwise null (a 404: existence is private).</summary>
    public static async Task<Order?> Load(PlazaDb db, Guid orderId, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await WithDetails(db).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return null;
        return order.CustomerId == user.AccountId() || user.IsStaffOf(order.StoreId) ? order : null;
    }

    public static async Task<Order?> LoadForStaff(PlazaDb db, Guid orderId, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await WithDetails(db).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        return order is not null && user.IsStaffOf(order.StoreId) ? order : null;
    }

    /// <summary>Whether the order is one of this store's (checked before changing it from the store's pages).</summary>
    public static Task<bool> IsOfStore(PlazaDb db, Guid storeId, Guid orderId, CancellationToken ct) =>
        db.Set<Order>().AnyAsync(o => o.Id == orderId && o.StoreId == storeId, ct);
}
