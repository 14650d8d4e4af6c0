namespace Plaza.Web.Modules.Stores.Contracts;

/// <summary>What other modules may know about a store; <see cref="TimeZone"/> is the IANA id its times are shown in.</summary>
internal sealed record StoreTerms(Guid Id, Guid MerchantId, string Name, string Currency, long DeliveryFeeMinor, int DeliveryRadiusMeters, string TimeZone);

internal sealed record PickupPointRef(Guid Id, Guid StoreId, string Name, string Address);

/// <summary>The kinds of pickup point someone outside the store may run.</summary>
internal enum PartnerPickupKind { LeaderHome, PartnerShop, ParcelStation }

internal enum DeliveryCheck { Ok, OutsideRadius, SlotNotOffered }

internal interface IStoreDirectory
{
    Task<StoreTerms?> Terms(Guid storeId, CancellationToken ct);
    Task<PickupPointRef?> PickupPoint(Guid storeId, Guid pickupPointId, CancellationToken ct);

    /// <summary>The pickup points any shopper may choose at the store now: its own counter and lockers first, then partners', by name
    /// (never a group-buy leader's home, which serves that leader's campaign orders only).</summary>
    Task<IReadOnlyList<PickupPointRef>> PickupPoints(Guid storeId, CancellationToken ct);
    Task<DeliveryCheck> CheckDelivery(Guid storeId, double latitude, double longitude, DateTime slotStartUtc, CancellationToken ct);
    Task<bool> IsStaff(Guid storeId, Guid accountId, CancellationToken ct);

    /// <summary>
    /// A pickup point run by someone outside the store (a community leader's home, a partner shop, a parcel station)
    /// that the store approved; saved in the caller's unit of work (call SaveChanges). Throws 409 when the store has
    /// too many pickup points.
    /// </summary>
    Task<PickupPointRef> AddPartnerPickupPoint(Guid storeId, PartnerPickupKind kind, string name, string address, double latitude, double longitude,
        CancellationToken ct);

    /// <summary>
    /// Takes a partner pickup point out of use (shoppers can no longer choose it; past orders keep it); saved in the
    /// caller's unit of work. Does nothing to a store's own counters and lockers.
    /// </summary>
    Task RetirePartnerPickupPoint(Guid storeId, Guid pickupPointId, CancellationToken ct);

    /// <summary>The names of the stores that exist among <paramref name="storeIds"/>.</summary>
    Task<IReadOnlyDictionary<Guid, string>> Names(IReadOnlyCollection<Guid> storeIds, CancellationToken ct);

    Task<StoreDetails?> Details(Guid storeId, CancellationToken ct);

    /// <summary>The details of the stores that exist among <paramref name="storeIds"/>.</summary>
    Task<IReadOnlyDictionary<Guid, StoreDetails>> Details(IReadOnlyCollection<Guid> storeIds, CancellationToken ct);

    /// <summary>Where a pickup point is, retired ones included (past orders keep theirs); null when the store has no such point.</summary>
    Task<string?> PickupPointAddress(Guid storeId, Guid pickupPointId, CancellationToken ct);

    /// <summary>The delivery windows that can still be booked (none when the store does not deliver or does not exist).</summary>
    Task<IReadOnlyList<DeliverySlot>> DeliverySlots(Guid storeId, CancellationToken ct);
}
