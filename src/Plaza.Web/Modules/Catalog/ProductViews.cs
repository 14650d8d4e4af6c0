namespace Plaza.Web.Modules.Catalog;

internal sealed record SkuView(Guid Id, string Code, string Label, long PriceMinor, string Currency, int Stock, bool InStock);

internal sealed record ProductCard(Guid Id, string Name, Guid CategoryId, long FromPriceMinor, string Currency, bool InStock, string? PhotoUrl);

internal sealed record ProductDetail(
    Guid Id, Guid StoreId, string Name, string Description, Guid CategoryId, string CategoryName,
    IReadOnlyList<string> PhotoUrls, IReadOnlyList<SkuView> Skus);

internal sealed record ProductPage(IReadOnlyList<ProductCard> Items, int Page, int PageSize, int Total);

internal sealed record CategoryView(Guid Id, string Slug, string Name);
