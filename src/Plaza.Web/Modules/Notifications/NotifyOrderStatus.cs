using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Notifications;

/// <summary>Tells the customer when their order moves: paid, being prepared, ready, on its way, done, cancelled.</summary>
internal sealed class NotifyOrderStatus(INotifier notifier) : IEventHandler<OrderStatusChanged>
{
    public Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct) =>
        e.To == OrderStatus.AwaitingPayment
            ? Task.CompletedTask // the shopper just placed it; nothing to tell
            : notifier.Notify(e.CustomerId, nameof(NotificationKind.OrderStatus), eventId, e.OrderId,
                new Dictionary<string, string> { ["number"] = e.Number, ["status"] = e.To.ToString(), ["fulfilment"] = e.Fulfilment.ToString() },
                $"/orders/{e.OrderId}", ct);
}
