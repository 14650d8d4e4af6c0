using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Notifications;

/// <summary>
/// Tells the customer when their order moves: paid, being prepared, ready, on its way, done, cancelled. A pickup
/// order that becomes ready (at the store's counter, or at a group-buy leader's point when the leader confirms the
/// delivery arrived) says where to collect it and with which code.
/// </summary>
internal sealed class NotifyOrderStatus(INotifier notifier, IPickupDetails pickups) : IEventHandler<OrderStatusChanged>
{
    public async Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct)
    {
        if (e.To == OrderStatus.AwaitingPayment) return; // the shopper just placed it; nothing to tell
        var data = new Dictionary<string, string> { ["number"] = e.Number, ["status"] = e.To.ToString(), ["fulfilment"] = e.Fulfilment.ToString() };
        if (e.To == OrderStatus.ReadyForPickup && await pickups.Find(e.OrderId, ct) is { } pickup)
        {
            data["point"] = pickup.PointName;
            data["code"] = pickup.PickupCode;
        }
        await notifier.Notify(e.CustomerId, OrderStatusNotificationKind.Definition.Name, eventId, e.OrderId, data, $"/orders/{e.OrderId}", ct);
    }
}
