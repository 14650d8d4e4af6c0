namespace Plaza.Web.Modules.Catalog.Contracts;

/// <summary>A product as a store lists it, in a line: enough to link to it or put it on a poster.</summary>
internal sealed record ProductSummary(Guid Id, Guid StoreId, string Name, long FromPriceMinor, string Currency, string? PhotoUrl);

internal interface IProductSummaries
{
    /// <summary>Null when the store does not list the product (or either does not exist).</summary>
    Task<ProductSummary?> Find(Guid storeId, Guid productId, CancellationToken ct);

    /// <summary>The store's listed products matching the words (the catalog's search, best first), at most <paramref name="max"/> (1–100).</summary>
    Task<IReadOnlyList<ProductSummary>> Search(Guid storeId, string words, int max, CancellationToken ct);
}
