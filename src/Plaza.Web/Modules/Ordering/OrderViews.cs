using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.Web.Modules.Ordering;

/// <param name="UnitPriceMinor">After member and special prices; <paramref name="ListUnitPriceMinor"/> is the catalog's.</param>
/// <param name="DiscountMinor">The line's share of coupons and points; <paramref name="NetMinor"/> is what was paid for it.</param>
/// <param name="QuantityToHandOver">How many staff still hand over: bought less refunded before hand-over; 0 once handed over or cancelled.</param>
internal sealed record OrderLineView(Guid Id, Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long UnitPriceMinor, int Quantity,
    int RefundedQuantity, long LineTotalMinor, long ListUnitPriceMinor, long DiscountMinor, long NetMinor, Guid? SourceNoteId, int QuantityToHandOver);

internal sealed record OrderHistoryView(OrderStatus? From, OrderStatus To, ActorKind Actor, DateTime AtUtc, string? Note);

internal sealed record OrderView(
    Guid Id, string Number, Guid StoreId, Guid CustomerId, OrderStatus Status, PaymentState PaymentState, Fulfilment Fulfilment,
    Guid? PickupPointId, string? PickupPointName, string? PickupCode, string? DeliveryAddress, DateTime? SlotStartUtc, DateTime? SlotEndUtc,
    IReadOnlyList<OrderLineView> Lines, long SubtotalMinor, long DeliveryFeeMinor, long TotalMinor, long RefundedMinor, string Currency,
    DateTime PlacedAtUtc, DateTime PayByUtc, DateTime? PaidAtUtc, bool PlacedByStaff, IReadOnlyList<OrderHistoryView> History,
    IReadOnlyList<PriceAdjustmentView> Adjustments, string? HoldReason = null)
{
    public static OrderView From(Order o) => new(
        o.Id, o.Number, o.StoreId, o.CustomerId, o.Status, o.PaymentState, o.Fulfilment, o.PickupPointId, o.PickupPointName, o.PickupCode,
        o.DeliveryAddress, o.SlotStartUtc, o.SlotEndUtc,
        o.Lines.Select(l => new OrderLineView(l.Id, l.SkuId, l.ProductId, l.ProductName, l.SkuLabel, l.UnitPriceMinor, l.Quantity, l.RefundedQuantity,
            l.LineTotalMinor, l.ListUnitPriceMinor, l.DiscountMinor, l.NetMinor, l.SourceNoteId, o.ToHandOver(l))).ToList(),
        o.SubtotalMinor, o.DeliveryFeeMinor, o.TotalMinor, o.RefundedMinor, o.Currency, o.PlacedAtUtc, o.PayByUtc, o.PaidAtUtc,
        o.PlacedById != o.CustomerId,
        o.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new OrderHistoryView(h.From, h.To, h.ActorKind, h.AtUtc, h.Note)).ToList(),
        o.Adjustments.OrderBy(a => a.Position).Select(a => new PriceAdjustmentView(a.Stage, a.Kind, a.Label, a.SkuId, a.AmountMinor, a.Reference)).ToList(),
        o.HoldReason);
}

internal sealed record OrderSummary(Guid Id, string Number, Guid StoreId, OrderStatus Status, PaymentState PaymentState, Fulfilment Fulfilment, long TotalMinor,
    string Currency, DateTime PlacedAtUtc, int ItemCount);
