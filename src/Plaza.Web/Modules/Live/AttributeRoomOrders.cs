using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// An order started in a room without a live deal (a pinned card's "Add to cart", a product card, or later from the cart)
/// is the room's too, as live-selling platforms count it: when it is paid, if the shopper was in a room of that store at
/// most <see cref="Window"/> before placing it and the order holds one of the room's products, the room that saw the shopper
/// last gets it. A deal order was attributed when it was placed; the order's id is the key, so it never counts twice.
/// </summary>
internal sealed class AttributeRoomOrders(PlazaDb db, IOrderAmounts orders) : IEventHandler<OrderStatusChanged>
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public async Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct)
    {
        if (e.To != OrderStatus.Paid) return;
        if (await db.Set<LiveOrder>().AnyAsync(o => o.OrderId == e.OrderId, ct)) return;
        if (await orders.Find(e.OrderId, ct) is not { } order) return;
        var since = order.PlacedAtUtc - Window;
        var skus = order.Lines.Select(l => l.SkuId).Distinct().ToList();
        var roomId = await (
                from v in db.Set<LiveViewer>()
                join r in db.Set<LiveRoom>() on v.RoomId equals r.Id
                where v.AccountId == e.CustomerId && v.LastSeenUtc >= since && r.StoreId == e.StoreId
                      && db.Set<LiveRoomProduct>().Any(p => p.RoomId == r.Id && skus.Contains(p.SkuId))
                orderby v.LastSeenUtc descending
                select (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);
        if (roomId is { } id) await db.InsertOnceAsync(LiveOrder.Attribute(e.OrderId, id, e.AtUtc), ct);
    }
}
