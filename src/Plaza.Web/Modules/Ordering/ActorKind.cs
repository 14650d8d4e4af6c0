namespace Plaza.Web.Modules.Ordering;

/// <summary>Who moved an order: the shopper, store staff, the system clock, or the payment provider.</summary>
internal enum ActorKind { Shopper, Staff, System, Provider }
