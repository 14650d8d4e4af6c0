using Plaza.Web.Modules.Catalog.Contracts;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>What the staff promotion forms offer to choose from: the store's listed SKUs, named "Product (Label)".</summary>
internal static class StaffCatalog
{
    public sealed record SkuChoice(Guid SkuId, Guid ProductId, string Label, long PriceMinor, string Currency);

    public static async Task<IReadOnlyList<SkuChoice>> Skus(ICatalogChoices catalog, Guid storeId, CancellationToken ct) =>
        (await catalog.ListedSkus(storeId, 500, ct)).Select(s => new SkuChoice(s.SkuId, s.ProductId,
            string.IsNullOrWhiteSpace(s.SkuLabel) || s.SkuLabel == s.ProductName ? s.ProductName : $"{s.ProductName} ({s.SkuLabel})",
            s.PriceMinor, s.Currency)).ToList();
}
