using Plaza.Web.Modules.Payments.Contracts;

namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>
/// One of a customer's own orders as the customer may be told about it (Support's assistant answers from it).
/// <paramref name="PickupCode"/> is there only while the order's page shows it: a pickup order that is paid, being prepared or ready.
/// </summary>
internal sealed record CustomerOrder(
    Guid Id, string Number, Guid StoreId, OrderStatus Status, PaymentState PaymentState, Fulfilment Fulfilment, Guid? PickupPointId,
    string? PickupPointName, string? PickupCode, DateTime? SlotStartUtc, DateTime? SlotEndUtc, long TotalMinor, long RefundedMinor, string Currency,
    DateTime PlacedAtUtc)
{
    /// <summary>Still on its way to the customer: neither handed over nor cancelled.</summary>
    public bool IsOpen => Status is not (OrderStatus.Completed or OrderStatus.Cancelled);
}

/// <summary>
/// What a customer may learn about their own orders, and only theirs: every method takes the customer and answers nothing about
/// anyone else's order, in the same way as about an order that does not exist (existence is private).
/// </summary>
internal interface IOrderLookup
{
    /// <summary>The customer's order with this number ("PZ-7KQ3MX2A"); null when there is none or it is someone else's.</summary>
    Task<CustomerOrder?> ByNumber(Guid customerId, string number, CancellationToken ct);

    /// <summary>The customer's order; null when there is none or it is someone else's.</summary>
    Task<CustomerOrder?> Find(Guid customerId, Guid orderId, CancellationToken ct);

    /// <summary>The customer's orders at the store, newest first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<CustomerOrder>> Recent(Guid customerId, Guid storeId, int take, CancellationToken ct);

    /// <summary>The money given back on the customer's order, oldest first; empty when none, or when it is not theirs.</summary>
    Task<IReadOnlyList<BillRefund>> Refunds(Guid customerId, Guid orderId, CancellationToken ct);
}
