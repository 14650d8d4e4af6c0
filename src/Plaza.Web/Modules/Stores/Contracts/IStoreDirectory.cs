namespace Plaza.Web.Modules.Stores.Contracts;

/// <summary>What other modules may know about a store.</summary>
internal sealed record StoreTerms(Guid Id, Guid MerchantId, string Name, string Currency, long DeliveryFeeMinor, int DeliveryRadiusMeters);

internal sealed record PickupPointRef(Guid Id, Guid StoreId, string Name, string Address);

internal enum DeliveryCheck { Ok, OutsideRadius, SlotNotOffered }

internal interface IStoreDirectory
{
    Task<StoreTerms?> Terms(Guid storeId, CancellationToken ct);
    Task<PickupPointRef?> PickupPoint(Guid storeId, Guid pickupPointId, CancellationToken ct);
    Task<DeliveryCheck> CheckDelivery(Guid storeId, double latitude, double longitude, DateTime slotStartUtc, CancellationToken ct);
    Task<bool> IsStaff(Guid storeId, Guid accountId, CancellationToken ct);

    /// <summary>The names of the stores that exist among <paramref name="storeIds"/>.</summary>
    Task<IReadOnlyDictionary<Guid, string>> Names(IReadOnlyCollection<Guid> storeIds, CancellationToken ct);
}
