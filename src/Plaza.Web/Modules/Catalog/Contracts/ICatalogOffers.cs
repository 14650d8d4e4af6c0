namespace Plaza.Web.Modules.Catalog.Contracts;

/// <summary>A SKU as one store sells it right now: the server's price, never the client's.</summary>
internal sealed record SkuOffer(Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long PriceMinor, string Currency, int Stock, bool Available,
    string? PhotoUrl, Guid? CategoryId = null);

internal interface ICatalogOffers
{
    Task<IReadOnlyDictionary<Guid, SkuOffer>> Offers(Guid storeId, IReadOnlyCollection<Guid> skuIds, CancellationToken ct);
}

/// <summary>Stock moves with one conditional statement each, inside the caller's transaction.</summary>
internal interface IStock
{
    /// <returns>false when the store does not have that many (nothing changes).</returns>
    Task<bool> TryReserve(Guid storeId, Guid skuId, int quantity, CancellationToken ct);

    Task Release(Guid storeId, Guid skuId, int quantity, CancellationToken ct);
}
