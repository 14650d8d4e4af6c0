namespace Plaza.Web.Modules.Catalog.Contracts;

/// <summary>Something to pick from a list: its id and name.</summary>
internal sealed record CatalogChoice(Guid Id, string Name);

/// <summary>Lists for other modules' settings pages (e.g. per-category or per-product rates).</summary>
internal interface ICatalogChoices
{
    /// <summary>Every category, in the catalog's order.</summary>
    Task<IReadOnlyList<CatalogChoice>> Categories(CancellationToken ct);

    /// <summary>The products a store offers, by name.</summary>
    Task<IReadOnlyList<CatalogChoice>> Products(Guid storeId, CancellationToken ct);
}
