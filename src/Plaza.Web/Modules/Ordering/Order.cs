using System.Security.Cryptography;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// An order at one store. Lifecycle: awaiting payment → paid → preparing → ready for pickup / out
/// for delivery → completed; cancelled before preparing. Every transition is recorded with who and
/// when. Prices are copied from the catalog at placing time and never come from the client.
/// <para>
/// Refunds move what is handed over. Before hand-over (paid, preparing, ready, out for delivery) a refunded item is no longer
/// to be handed over: <see cref="ToHandOver"/> goes down, and the item, which never left the store, goes back in stock. An order
/// refunded in full before hand-over ends as a cancellation does: Cancelled, payment Refunded (the delivery fee with the last
/// items), stock back, OrderStatusChanged → Cancelled for the other modules (coupons and points given back, seats and bargains
/// released, leaders' orders cancelled); staff can no longer prepare, ready or hand it over (409 <c>order_cancelled</c>).
/// After hand-over (completed) a refund is money for goods the customer had: the order stays completed, and the goods go
/// back in stock only if they came back.
/// </para>
/// </summary>
internal sealed class Order : IHasDomainEvents
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<IDomainEvent> _events = [];
    private readonly List<OrderStatusChange> _history = [];
    private readonly List<OrderAdjustment> _adjustments = [];

    private Order() { }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public Guid StoreId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid PlacedById { get; private set; }
    public OrderStatus Status { get; private set; }
    public PaymentState PaymentState { get; private set; }
    public Fulfilment Fulfilment { get; private set; }
    public Guid? PickupPointId { get; private set; }
    public string? PickupPointName { get; private set; }
    public string? PickupCode { get; private set; }
    public string? DeliveryAddress { get; private set; }
    public double? DeliveryLatitude { get; private set; }
    public double? DeliveryLongitude { get; private set; }
    public DateTime? SlotStartUtc { get; private set; }
    public DateTime? SlotEndUtc { get; private set; }
    public string Currency { get; private set; } = "GBP";
    /// <summary>The items at the catalog's prices; <see cref="Adjustments"/> say what came off, line by line.</summary>
    public long SubtotalMinor { get; private set; }
    public long DeliveryFeeMinor { get; private set; }
    /// <summary>The part of the delivery fee a benefit waived (e.g. a member's free delivery).</summary>
    public long DeliveryDiscountMinor { get; private set; }
    public long TotalMinor { get; private set; }
    public long RefundedMinor { get; private set; }
    public bool DeliveryFeeRefunded { get; private set; }
    public DateTime PlacedAtUtc { get; private set; }
    public DateTime PayByUtc { get; private set; }
    public DateTime? PaidAtUtc { get; private set; }
    public Guid? PaymentId { get; private set; }
    public string? ExternalReference { get; private set; }
    /// <summary>
    /// The request that placed it, as "{caller}/{Idempotency-Key}" (<see cref="Platform.Idempotency.RequestKeys"/>): unique, so a
    /// retry of that request after a crash finds this order instead of placing a second one. Null when placed without a key.
    /// </summary>
    public string? RequestKey { get; private set; }
    /// <summary>Optimistic concurrency: a payment and the expiry job cannot both win.</summary>
    public int Version { get; private set; }
    /// <summary>
    /// Why staff may not start preparing this paid order yet (English text, e.g. "Waiting for the team to fill"),
    /// set and cleared by another module through <see cref="IOrderHolds"/>; null when nothing holds it.
    /// </summary>
    public string? HoldReason { get; private set; }
    public IReadOnlyList<OrderLine> Lines => _lines;
    public IReadOnlyList<OrderStatusChange> History => _history;
    /// <summary>The price breakdown in the order it was computed: Subtotal + Σ amounts + delivery fee = Total.</summary>
    public IReadOnlyList<OrderAdjustment> Adjustments => _adjustments;
    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Whether the goods went to the customer (handed over or delivered).</summary>
    public bool HandedOver => Status == OrderStatus.Completed;

    /// <summary>How many of the line are still to be handed over: bought less refunded; none once handed over or cancelled.</summary>
    public int ToHandOver(OrderLine line) => Status is OrderStatus.Completed or OrderStatus.Cancelled ? 0 : line.Quantity - line.RefundedQuantity;

    /// <summary>Whether the customer is shown the pickup code: from payment until hand-over, and never once cancelled.</summary>
    public bool ShowsPickupCode => Fulfilment == Fulfilment.Pickup && PickupCode is not null
        && Status is OrderStatus.Paid or OrderStatus.Preparing or OrderStatus.ReadyForPickup;

    public long PaidMinor => PaymentState == PaymentState.Unpaid ? 0 : TotalMinor;
    public long RefundableMinor => PaidMinor - RefundedMinor;

    /// <param name="UnitPriceMinor">After member and special prices.</param>
    /// <param name="ListUnitPriceMinor">The catalog's price; the unit price when null.</param>
    /// <param name="DiscountMinor">The line's share of coupons and points, for the whole quantity.</param>
    public sealed record LineInput(Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long UnitPriceMinor, int Quantity,
        long? ListUnitPriceMinor = null, long DiscountMinor = 0, Guid? SourceNoteId = null);

    /// <summary>How the price was reached (from the one price computation, ADR 0011); empty when the catalog price stood.</summary>
    public sealed record Pricing(IReadOnlyList<PriceAdjustment> Adjustments, long DeliveryDiscountMinor)
    {
        public static readonly Pricing None = new([], 0);
    }

    public static Order PlaceForPickup(Guid storeId, Guid customerId, Guid placedById, string currency, IReadOnlyList<LineInput> lines,
        Guid pickupPointId, string pickupPointName, DateTime now, TimeSpan payWithin, Pricing? pricing = null)
    {
        var order = Start(storeId, customerId, placedById, currency, lines, now, payWithin, pricing);
        order.Fulfilment = Fulfilment.Pickup;
        order.PickupPointId = pickupPointId;
        order.PickupPointName = pickupPointName;
        order.PickupCode = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        order.Total(0);
        return order;
    }

    public static Order PlaceForDelivery(Guid storeId, Guid customerId, Guid placedById, string currency, IReadOnlyList<LineInput> lines,
        string address, double latitude, double longitude, DateTime slotStartUtc, DateTime slotEndUtc, long deliveryFeeMinor, DateTime now, TimeSpan payWithin,
        Pricing? pricing = null)
    {
        var order = Start(storeId, customerId, placedById, currency, lines, now, payWithin, pricing);
        order.Fulfilment = Fulfilment.Delivery;
        order.DeliveryAddress = address.Trim();
        order.DeliveryLatitude = latitude;
        order.DeliveryLongitude = longitude;
        order.SlotStartUtc = slotStartUtc;
        order.SlotEndUtc = slotEndUtc;
        order.Total(deliveryFeeMinor);
        return order;
    }

    private static Order Start(Guid storeId, Guid customerId, Guid placedById, string currency, IReadOnlyList<LineInput> lines, DateTime now,
        TimeSpan payWithin, Pricing? pricing = null)
    {
        if (lines.Count == 0) throw new DomainException("empty_order", "An order needs at least one item.");
        if (lines.Any(l => l.Quantity <= 0)) throw new DomainException("invalid_quantity", "Every quantity must be at least 1.");
        if (lines.Any(l => l.UnitPriceMinor < 0 || l.DiscountMinor < 0 || l.DiscountMinor > l.UnitPriceMinor * l.Quantity
            || l.ListUnitPriceMinor < l.UnitPriceMinor))
            throw new DomainException("invalid_price", "A line's price cannot be negative or above the catalog price.");
        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            StoreId = storeId,
            CustomerId = customerId,
            PlacedById = placedById,
            Currency = currency,
            Status = OrderStatus.AwaitingPayment,
            PlacedAtUtc = now,
            PayByUtc = now + payWithin,
        };
        order.Number = OrderNumber.For(order.Id);
        foreach (var l in lines)
            order._lines.Add(new OrderLine(Guid.CreateVersion7(), order.Id, l.SkuId, l.ProductId, l.ProductName, l.SkuLabel, l.UnitPriceMinor, l.Quantity)
            {
                ListUnitPriceMinor = l.ListUnitPriceMinor ?? l.UnitPriceMinor,
                DiscountMinor = l.DiscountMinor,
                SourceNoteId = l.SourceNoteId,
            });
        pricing ??= Pricing.None;
        var position = 0;
        foreach (var a in pricing.Adjustments)
            order._adjustments.Add(
                new OrderAdjustment(Guid.CreateVersion7(), order.Id, ++position, a.Stage, a.Kind, a.Label, a.SkuId, a.AmountMinor, a.Reference));
        order.DeliveryDiscountMinor = pricing.DeliveryDiscountMinor;
        order.Record(null, OrderStatus.AwaitingPayment, placedById, customerId == placedById ? ActorKind.Shopper : ActorKind.Staff, now, null);
        return order;
    }

    private void Total(long deliveryFeeMinor)
    {
        SubtotalMinor = _lines.Sum(l => checked(l.ListUnitPriceMinor * l.Quantity));
        DeliveryFeeMinor = deliveryFeeMinor;
        if (DeliveryDiscountMinor > deliveryFeeMinor) throw new DomainException("invalid_price", "A delivery discount cannot be more than the fee.");
        TotalMinor = checked(_lines.Sum(l => l.NetMinor) + deliveryFeeMinor - DeliveryDiscountMinor);
        if (TotalMinor != SubtotalMinor + _adjustments.Sum(a => a.AmountMinor) + deliveryFeeMinor)
            throw new DomainException("invalid_price", "The price breakdown does not add up to the total.");
    }

    /// <summary>Remembers the request that placed the order (see <see cref="RequestKey"/>).</summary>
    public void PlacedByRequest(string requestKey) => RequestKey = requestKey;

    /// <summary>A verified provider event says the money arrived.</summary>
    /// <returns>false when the order can no longer take the payment (it expired or was cancelled): refund it.</returns>
    public bool MarkPaid(Guid paymentId, long amountMinor, string currency, DateTime now)
    {
        if (Status == OrderStatus.Paid && PaymentId == paymentId) return true; // the same event again
        if (Status != OrderStatus.AwaitingPayment) return false;
        if (amountMinor != TotalMinor || currency != Currency)
            throw new DomainException("payment_amount_mismatch", "The amount paid does not match the order total.");
        PaymentId = paymentId;
        PaymentState = PaymentState.Paid;
        PaidAtUtc = now;
        Move(OrderStatus.Paid, null, ActorKind.Provider, now, null);
        return true;
    }

    public bool CanCancel => Status is OrderStatus.AwaitingPayment or OrderStatus.Paid;

    /// <summary>Cancels before preparing starts. The caller releases the stock of every line.</summary>
    public void Cancel(Guid? actorId, ActorKind actor, DateTime now, string? reason)
    {
        if (!CanCancel) throw new DomainException("cannot_cancel", "This order can no longer be cancelled: the store has started preparing it.");
        Move(OrderStatus.Cancelled, actorId, actor, now, reason);
    }

    /// <summary>The payment window passed without a verified payment.</summary>
    public bool IsOverdue(DateTime now) => Status == OrderStatus.AwaitingPayment && PayByUtc <= now;

    public void StartPreparing(Guid staffId, DateTime now)
    {
        Require(OrderStatus.Paid, "Only a paid order can be prepared.");
        if (HoldReason is not null) throw new DomainException("order_on_hold", "This order is on hold and cannot be prepared yet.");
        Move(OrderStatus.Preparing, staffId, ActorKind.Staff, now, null);
    }

    public void MarkReadyForPickup(Guid staffId, DateTime now)
    {
        if (Fulfilment != Fulfilment.Pickup) throw new DomainException("not_a_pickup_order", "This order is for delivery.");
        Require(OrderStatus.Preparing, "Prepare the order first.");
        Move(OrderStatus.ReadyForPickup, staffId, ActorKind.Staff, now, null);
    }

    public void SendOutForDelivery(Guid staffId, DateTime now)
    {
        if (Fulfilment != Fulfilment.Delivery) throw new DomainException("not_a_delivery_order", "This order is for pickup.");
        Require(OrderStatus.Preparing, "Prepare the order first.");
        Move(OrderStatus.OutForDelivery, staffId, ActorKind.Staff, now, null);
    }

    /// <summary>Hand over at the pickup point: the shopper shows the pickup code.</summary>
    public void HandOver(Guid staffId, string? pickupCode, DateTime now)
    {
        Require(OrderStatus.ReadyForPickup, "The order is not ready for pickup.");
        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(pickupCode ?? ""),
            System.Text.Encoding.ASCII.GetBytes(PickupCode ?? "-")))
            throw new DomainException("wrong_pickup_code", "The pickup code does not match this order.");
        Move(OrderStatus.Completed, staffId, ActorKind.Staff, now, "Handed over with pickup code");
    }

    public void ConfirmDelivered(Guid staffId, DateTime now)
    {
        Require(OrderStatus.OutForDelivery, "The order is not out for delivery.");
        Move(OrderStatus.Completed, staffId, ActorKind.Staff, now, "Delivered");
    }

    /// <summary>
    /// Money back, in full or in part (per line, or the delivery fee). Returns the amount to refund through the provider.
    /// Before hand-over the refunded items are no longer to be handed over, and the caller puts them back in stock; when no item
    /// is left, the delivery fee is refunded too and the order is cancelled. After hand-over restocking is the caller's choice,
    /// for goods that came back.
    /// </summary>
    public long Refund(IReadOnlyList<(Guid LineId, int Quantity)> lines, bool includeDeliveryFee, Guid staffId, DateTime now, string? reason)
    {
        var beforeHandOver = Status is not (OrderStatus.Completed or OrderStatus.Cancelled);
        if (PaymentState is PaymentState.Unpaid) throw new DomainException("not_paid", "Only a paid order can be refunded.");
        long amount = 0;
        foreach (var (lineId, quantity) in lines)
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainException("line_not_found", "That item is not part of this order.");
            if (quantity <= 0 || quantity > line.Quantity - line.RefundedQuantity)
                throw new DomainException("refund_exceeds_quantity", "You cannot refund more items than were bought.");
            amount += line.RefundFor(quantity);
            line.RefundedQuantity += quantity;
        }
        // Nothing left to hand over: the order ends here, and nothing will be delivered.
        var nothingLeft = beforeHandOver && _lines.All(l => l.RefundedQuantity == l.Quantity);
        var deliveryCharged = DeliveryFeeMinor - DeliveryDiscountMinor;
        if ((includeDeliveryFee || nothingLeft) && deliveryCharged > 0 && !DeliveryFeeRefunded)
        {
            amount += deliveryCharged;
            DeliveryFeeRefunded = true;
        }
        if (amount <= 0) throw new DomainException("nothing_to_refund", "Choose what to refund.");
        if (amount > RefundableMinor) throw new DomainException("refund_exceeds_payment", "The refund is more than what is left of the payment.");
        RefundedMinor += amount;
        PaymentState = RefundedMinor == PaidMinor ? PaymentState.Refunded : PaymentState.PartiallyRefunded;
        Version++;
        _events.Add(new OrderRefunded(Id, StoreId, CustomerId, amount, Currency, RefundedMinor, PaymentState == PaymentState.Refunded,
            lines.Select(l => new OrderRefunded.Line(_lines.First(x => x.Id == l.LineId).SkuId, l.Quantity)).ToList(), now));
        _history.Add(new OrderStatusChange(Guid.CreateVersion7(), Id, Status, Status, staffId, ActorKind.Staff, now,
            $"Refunded {amount} {Currency}" + (string.IsNullOrWhiteSpace(reason) ? "" : ": " + reason.Trim())));
        if (nothingLeft) Move(OrderStatus.Cancelled, staffId, ActorKind.Staff, now, "Refunded in full before hand-over");
        return amount;
    }

    /// <summary>Everything still refundable: every line in full and the delivery fee.</summary>
    public IReadOnlyList<(Guid LineId, int Quantity)> RemainingLines() =>
        _lines.Where(l => l.Quantity > l.RefundedQuantity).Select(l => (l.Id, l.Quantity - l.RefundedQuantity)).ToList();

    private void Require(OrderStatus expected, string message)
    {
        if (Status == OrderStatus.Cancelled)
            throw new DomainException("order_cancelled", "This order was cancelled: there is nothing to prepare or hand over.");
        if (Status != expected) throw new DomainException("invalid_order_transition", message);
    }

    private void Move(OrderStatus to, Guid? actorId, ActorKind actor, DateTime now, string? note)
    {
        var from = Status;
        Status = to;
        Version++;
        Record(from, to, actorId, actor, now, note);
        _events.Add(new OrderStatusChanged(Id, Number, StoreId, CustomerId, from, to, Fulfilment, now));
    }

    private void Record(OrderStatus? from, OrderStatus to, Guid? actorId, ActorKind actor, DateTime now, string? note) =>
        _history.Add(new OrderStatusChange(Guid.CreateVersion7(), Id, from, to, actorId, actor, now, note));

    /// <summary>The customer deleted their account: the order stays for accounting, without where they live.</summary>
    public void ErasePersonalData()
    {
        DeliveryAddress = DeliveryAddress is null ? null : "(erased)";
        DeliveryLatitude = null;
        DeliveryLongitude = null;
    }

    /// <summary>For the importer: an order that happened elsewhere, already paid and completed.</summary>
    public static Order Imported(Guid storeId, Guid customerId, string externalReference, string currency, IReadOnlyList<LineInput> lines, DateTime placedAtUtc)
    {
        var order = Start(storeId, customerId, customerId, currency, lines, placedAtUtc, TimeSpan.Zero);
        order.ExternalReference = externalReference;
        order.Fulfilment = Fulfilment.Delivery;
        order.Total(0);
        order.PaymentState = PaymentState.Paid;
        order.PaidAtUtc = placedAtUtc;
        order.Move(OrderStatus.Completed, null, ActorKind.System, placedAtUtc, "Imported");
        order.ClearDomainEvents(); // history from elsewhere: nobody is to be told about it now
        return order;
    }

    /// <summary>For the importer: a cancellation line refunds (part of) an imported order.</summary>
    public void ImportCancellation(Guid skuId, int quantity, DateTime at, string reference)
    {
        var line = _lines.FirstOrDefault(l => l.SkuId == skuId && l.Quantity - l.RefundedQuantity >= quantity)
            ?? throw new DomainException("line_not_found", "No matching line to cancel.");
        RefundedMinor += line.RefundFor(quantity);
        line.RefundedQuantity += quantity;
        PaymentState = RefundedMinor >= PaidMinor ? PaymentState.Refunded : PaymentState.PartiallyRefunded;
        _history.Add(new OrderStatusChange(Guid.CreateVersion7(), Id, Status, Status, null, ActorKind.System, at, "Imported cancellation " + reference));
    }
}

internal sealed class OrderLine
{
    private OrderLine() { }

    public OrderLine(Guid id, Guid orderId, Guid skuId, Guid productId, string productName, string skuLabel, long unitPriceMinor, int quantity)
    {
        Id = id;
        OrderId = orderId;
        SkuId = skuId;
        ProductId = productId;
        ProductName = productName;
        SkuLabel = skuLabel;
        UnitPriceMinor = unitPriceMinor;
        Quantity = quantity;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid ProductId { get; private set; }
    public string ProductName { get; private set; } = "";
    public string SkuLabel { get; private set; } = "";
    /// <summary>After member and special prices (stages 1–2).</summary>
    public long UnitPriceMinor { get; private set; }
    /// <summary>The catalog's price when the order was placed.</summary>
    public long ListUnitPriceMinor { get; internal set; }
    public int Quantity { get; private set; }
    /// <summary>This line's share of coupons and points (stages 3–4), for the whole quantity.</summary>
    public long DiscountMinor { get; internal set; }
    public int RefundedQuantity { get; internal set; }
    /// <summary>The note this line was bought from (a published note that tags the product), if any.</summary>
    public Guid? SourceNoteId { get; internal set; }
    public long LineTotalMinor => UnitPriceMinor * Quantity;
    /// <summary>What the shopper paid for this line.</summary>
    public long NetMinor => LineTotalMinor - DiscountMinor;

    /// <summary>
    /// Money back for <paramref name="quantity"/> more units: each unit's share of what was paid for the
    /// line, rounded so that refunding every unit gives back exactly <see cref="NetMinor"/>.
    /// </summary>
    public long RefundFor(int quantity) =>
        NetMinor * (RefundedQuantity + quantity) / Quantity - NetMinor * RefundedQuantity / Quantity;
}

/// <summary>One line of an order's price breakdown (negative = a saving), kept as computed at checkout.</summary>
internal sealed class OrderAdjustment
{
    private OrderAdjustment() { }

    public OrderAdjustment(Guid id, Guid orderId, int position, PriceStage stage, string kind, string label, Guid? skuId, long amountMinor, Guid? reference)
    {
        Id = id;
        OrderId = orderId;
        Position = position;
        Stage = stage;
        Kind = kind;
        Label = label;
        SkuId = skuId;
        AmountMinor = amountMinor;
        Reference = reference;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int Position { get; private set; }
    public PriceStage Stage { get; private set; }
    /// <summary>Which module's mechanism: "member-price", "flash-sale", "coupon", "points"...</summary>
    public string Kind { get; private set; } = "";
    /// <summary>English text the pages translate.</summary>
    public string Label { get; private set; } = "";
    public Guid? SkuId { get; private set; }
    public long AmountMinor { get; private set; }
    /// <summary>The coupon, flash sale, team... it came from.</summary>
    public Guid? Reference { get; private set; }
}

internal sealed class OrderStatusChange
{
    private OrderStatusChange() { }

    public OrderStatusChange(Guid id, Guid orderId, OrderStatus? from, OrderStatus to, Guid? actorId, ActorKind actorKind, DateTime atUtc, string? note)
    {
        Id = id;
        OrderId = orderId;
        From = from;
        To = to;
        ActorId = actorId;
        ActorKind = actorKind;
        AtUtc = atUtc;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public OrderStatus? From { get; private set; }
    public OrderStatus To { get; private set; }
    public Guid? ActorId { get; private set; }
    public ActorKind ActorKind { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string? Note { get; private set; }
}

internal static class OrderNumber
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Short, readable aloud at a counter, no 0/O or 1/I confusion; derived from the random part of the id.</summary>
    public static string For(Guid id)
    {
        var bytes = id.ToByteArray();
        var chars = new char[8];
        for (var i = 0; i < 8; i++) chars[i] = Alphabet[bytes[8 + i] % Alphabet.Length];
        return "PZ-" + new string(chars);
    }
}
