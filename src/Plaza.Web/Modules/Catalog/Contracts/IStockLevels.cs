namespace Plaza.Web.Modules.Catalog.Contracts;

/// <summary>One listed SKU of a store that is running out.</summary>
internal sealed record LowStockItem(Guid ProductId, Guid SkuId, string ProductName, string SkuLabel, int Stock);

/// <summary>How much a store has left, for the back office (stock moves go through <see cref="IStock"/>).</summary>
internal interface IStockLevels
{
    /// <summary>The store's listed SKUs with <paramref name="threshold"/> or fewer left: the fewest first, then by product name; at most 50.</summary>
    Task<IReadOnlyList<LowStockItem>> Low(Guid storeId, int threshold, CancellationToken ct);
}
