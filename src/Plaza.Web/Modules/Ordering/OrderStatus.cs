namespace Plaza.Web.Modules.Ordering;

internal enum OrderStatus { AwaitingPayment, Paid, Preparing, ReadyForPickup, OutForDelivery, Completed, Cancelled }

internal enum Fulfilment { Pickup, Delivery }

internal enum PaymentState { Unpaid, Paid, PartiallyRefunded, Refunded }

/// <summary>Who moved an order: the shopper, store staff, the system clock, or the payment provider.</summary>
internal enum ActorKind { Shopper, Staff, System, Provider }
