using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>Staff see their store's orders by status, and find the order a shopper's pickup code belongs to.</summary>
internal static class StoreOrders
{
    public static async Task<IReadOnlyList<OrderSummary>> List(Guid storeId, OrderStatus? status, PlazaDb db, CancellationToken ct)
    {
        var query = db.Set<Order>().AsNoTracking().Where(o => o.StoreId == storeId);
        if (status is { } s) query = query.Where(o => o.Status == s);
        else query = query.Where(o => o.Status != OrderStatus.Completed && o.Status != OrderStatus.Cancelled);
        return await query.OrderByDescending(o => o.PlacedAtUtc).Take(200)
            .Select(o => new OrderSummary(o.Id, o.Number, o.StoreId, o.Status, o.PaymentState, o.Fulfilment, o.TotalMinor, o.Currency, o.PlacedAtUtc,
                o.Lines.Sum(l => l.Quantity)))
            .ToListAsync(ct);
    }

    public static async Task<Results<Ok<IReadOnlyList<OrderSummary>>, NotFound>> Handle(Guid storeId, OrderStatus? status, ClaimsPrincipal user, PlazaDb db,
        CancellationToken ct) =>
        user.IsStaffOf(storeId) ? TypedResults.Ok(await List(storeId, status, db, ct)) : TypedResults.NotFound();

    public static async Task<Order?> ByPickupCode(Guid storeId, string code, PlazaDb db, CancellationToken ct) =>
        await OrderAccess.WithDetails(db).AsNoTracking()
            .FirstOrDefaultAsync(o => o.StoreId == storeId && o.PickupCode == code.Trim() && o.Status == OrderStatus.ReadyForPickup, ct);

    public static async Task<Results<Ok<OrderView>, NotFound>> HandleByPickupCode(Guid storeId, string code, ClaimsPrincipal user, PlazaDb db,
        CancellationToken ct) =>
        user.IsStaffOf(storeId) && code.Length <= 10 && await ByPickupCode(storeId, code, db, ct) is { } o
            ? TypedResults.Ok(OrderView.From(o)) : TypedResults.NotFound();
}
