using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>
/// Money went back to the customer (<paramref name="AmountMinor"/> this time, <paramref name="TotalRefundedMinor"/>
/// so far): points and commissions earned on the order are reversed in proportion, coupons and offers given back.
/// </summary>
internal sealed record OrderRefunded(
    Guid OrderId, Guid StoreId, Guid CustomerId, long AmountMinor, string Currency, long TotalRefundedMinor, bool Full,
    IReadOnlyList<OrderRefunded.Line> Lines, DateTime AtUtc) : IDomainEvent
{
    public sealed record Line(Guid SkuId, int Quantity);
}
