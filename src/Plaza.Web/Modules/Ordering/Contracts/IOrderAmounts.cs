namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>
/// One line of an order as money: what the shopper paid for it after every discount
/// (<see cref="NetMinor"/>, never the delivery fee) and what of that is still kept after refunds.
/// </summary>
internal sealed record OrderLineAmount(Guid SkuId, Guid ProductId, int Quantity, int RefundedQuantity, long NetMinor, long KeptMinor);

/// <summary>
/// An order's money facts for modules that reward purchases (Referral, Loyalty): what the customer paid
/// (0 until paid; delivery fee included) and got back so far, and each line's share.
/// </summary>
internal sealed record OrderAmounts(Guid OrderId, Guid StoreId, Guid CustomerId, string Currency, OrderStatus Status, DateTime PlacedAtUtc,
    IReadOnlyList<OrderLineAmount> Lines, long PaidMinor = 0, long RefundedMinor = 0);

/// <summary>What other modules may read about an order's amounts.</summary>
internal interface IOrderAmounts
{
    /// <summary>Null when there is no such order.</summary>
    Task<OrderAmounts?> Find(Guid orderId, CancellationToken ct);
}
