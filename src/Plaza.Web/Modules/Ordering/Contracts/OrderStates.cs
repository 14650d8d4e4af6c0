namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>Where an order is in its life; <see cref="OrderStatusChanged"/> carries it to other modules.</summary>
internal enum OrderStatus { AwaitingPayment, Paid, Preparing, ReadyForPickup, OutForDelivery, Completed, Cancelled }

/// <summary>How the shopper gets the order: picked up at a point, or delivered.</summary>
internal enum Fulfilment { Pickup, Delivery }

/// <summary>What has been paid for the order and given back.</summary>
internal enum PaymentState { Unpaid, Paid, PartiallyRefunded, Refunded }
