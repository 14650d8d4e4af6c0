using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The host's numbers, live and afterwards: viewers now and at the peak, messages, likes, product clicks, and the orders started
/// in the room (its live deals, and paid orders of its products by viewers: <see cref="AttributeRoomOrders"/>) with what they brought
/// in, paid less refunded.
/// </summary>
internal static class GetRoomStats
{
    public sealed record RoomStatsView(Guid RoomId, int CurrentViewers, int PeakViewers, int Messages, long Likes, int ProductClicks, int Orders,
        long SalesMinor, string Currency);

    /// <summary>Orders read one by one through Ordering's contract: a room's own orders are a few hundred at most.</summary>
    public const int MaxOrdersSummed = 1000;

    /// <returns>null when there is no such room or the caller does not run it.</returns>
    public static async Task<RoomStatsView?> Execute(Guid roomId, ClaimsPrincipal user, PlazaDb db, IViewerPresence presence, IOrderAmounts amounts,
        TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanHost(room, user)) return null;
        var messages = await db.Set<LiveMessage>().CountAsync(m => m.RoomId == roomId && !m.Held, ct);
        var current = room.IsLive ? await presence.Count(roomId, clock.GetUtcNow().UtcDateTime) : 0;
        var orders = await db.Set<LiveOrder>().AsNoTracking().Where(o => o.RoomId == roomId).OrderBy(o => o.AtUtc).Select(o => o.OrderId)
            .Take(MaxOrdersSummed).ToListAsync(ct);
        long sales = 0;
        var currency = "GBP";
        foreach (var orderId in orders)
            if (await amounts.Find(orderId, ct) is { } a)
            {
                sales += a.PaidMinor - a.RefundedMinor;
                currency = a.Currency;
            }
        return new RoomStatsView(roomId, current, Math.Max(room.PeakViewers, current), messages, room.Likes, room.ProductClicks, orders.Count, sales,
            currency);
    }

    public static async Task<Results<Ok<RoomStatsView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, IViewerPresence presence,
        IOrderAmounts amounts, TimeProvider clock, CancellationToken ct) =>
        await Execute(id, user, db, presence, amounts, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
