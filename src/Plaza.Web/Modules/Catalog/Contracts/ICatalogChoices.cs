namespace Plaza.Web.Modules.Catalog.Contracts;

/// <summary>Something to pick from a list: its id and name.</summary>
internal sealed record CatalogChoice(Guid Id, string Name);

/// <summary>
/// A SKU a store lists, of a product shoppers can see, at its price there: what the staff forms of deals,
/// promotions and campaigns offer to choose from.
/// </summary>
internal sealed record ListedSku(Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long PriceMinor, string Currency);

/// <summary>Lists for other modules' settings pages (e.g. per-category or per-product rates, a deal's item).</summary>
internal interface ICatalogChoices
{
    /// <summary>Every category, in the catalog's order.</summary>
    Task<IReadOnlyList<CatalogChoice>> Categories(CancellationToken ct);

    /// <summary>The products a store offers, by name.</summary>
    Task<IReadOnlyList<CatalogChoice>> Products(Guid storeId, CancellationToken ct);

    /// <summary>The store's listed SKUs of active products, by product name then label; at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<ListedSku>> ListedSkus(Guid storeId, int max, CancellationToken ct);
}
