using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Catalog;

/// <summary>A product shared as one store sells it (share kind "Product"): its page, name, the store and its lowest price there.</summary>
internal sealed class ProductShareTarget(IStoreDirectory stores, IProductSummaries products) : IShareTargetFinder
{
    public async Task<SharedPage?> Find(Guid targetId, Guid? storeId, CancellationToken ct)
    {
        if (storeId is not { } sid || await stores.Terms(sid, ct) is not { } store) return null;
        return await products.Find(sid, targetId, ct) is { } product
            ? new SharedPage($"/stores/{sid}/products/{targetId}", product.Name, store.Name, product.FromPriceMinor, product.Currency)
            : null;
    }
}
