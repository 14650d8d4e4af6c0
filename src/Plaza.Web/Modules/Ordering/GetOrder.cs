using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

internal static class GetOrder
{
    public static async Task<Results<Ok<OrderView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await OrderAccess.Load(db, id, user, ct) is { } order ? TypedResults.Ok(OrderView.From(order)) : TypedResults.NotFound();

    public static async Task<IReadOnlyList<OrderSummary>> Mine(Guid accountId, PlazaDb db, int take, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking().Where(o => o.CustomerId == accountId)
            .OrderByDescending(o => o.PlacedAtUtc).Take(take)
            .Select(o => new OrderSummary(o.Id, o.Number, o.StoreId, o.Status, o.PaymentState, o.Fulfilment, o.TotalMinor, o.Currency, o.PlacedAtUtc,
                o.Lines.Sum(l => l.Quantity)))
            .ToListAsync(ct);

    public static async Task<Ok<IReadOnlyList<OrderSummary>>> HandleMine(ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        TypedResults.Ok(await Mine(user.RequiredAccountId(), db, 100, ct));
}
