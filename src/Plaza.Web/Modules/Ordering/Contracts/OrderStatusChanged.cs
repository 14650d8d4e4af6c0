using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>An order moved to another status (paid, preparing, ready, out for delivery, completed, cancelled).</summary>
internal sealed record OrderStatusChanged(
    Guid OrderId, string Number, Guid StoreId, Guid CustomerId, OrderStatus? From, OrderStatus To, Fulfilment Fulfilment, DateTime AtUtc) : IDomainEvent;
