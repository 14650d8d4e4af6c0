using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Stores;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>A SKU to create: its code, price in minor units and opening stock in the store.</summary>
internal sealed record SkuSpec(string Code, long PriceMinor, int Stock = 10, string? Label = null);

/// <summary>
/// Arranges data directly through the domain factory methods and PlazaDb (not through the API), so a
/// test about one endpoint does not depend on the others. Names get a unique suffix where the schema
/// wants them unique, so tests sharing a factory never collide.
/// </summary>
internal static class TestData
{
    /// <summary>Angel, Islington: the default store location.</summary>
    public const double AngelLat = 51.5416, AngelLng = -0.1022;

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";

    /// <summary>A merchant with one store (opening hours 08:00-20:00 Europe/London, radius 3 km, GBP).</summary>
    public static async Task<Store> StoreAsync(this PlazaFactory factory, string? name = null, double lat = AngelLat, double lng = AngelLng)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var merchant = Merchant.Create(Unique("Merchant"), now);
        var store = Store.Open(merchant.Id, name ?? Unique("Store"), "1 Upper Street, London N1 0PQ", lat, lng, "GBP", now);
        await using var scope = factory.Db();
        scope.Db.AddRange(merchant, store);
        await scope.Db.SaveChangesAsync();
        return store;
    }

    /// <summary>Another store of the same merchant.</summary>
    public static async Task<Store> SisterStoreAsync(this PlazaFactory factory, Store of, string? name = null)
    {
        var store = Store.Open(of.MerchantId, name ?? Unique("Store"), "2 Essex Road, London N1 8LN", of.Latitude + 0.01, of.Longitude, of.Currency,
            factory.Clock.GetUtcNow().UtcDateTime);
        await using var scope = factory.Db();
        scope.Db.Add(store);
        await scope.Db.SaveChangesAsync();
        return store;
    }

    public static async Task<Category> CategoryAsync(this PlazaFactory factory, string name = "Home")
    {
        var category = Category.Create(Unique(name.ToLowerInvariant()), name, position: 0);
        await using var scope = factory.Db();
        scope.Db.Add(category);
        await scope.Db.SaveChangesAsync();
        return category;
    }

    /// <summary>A product of the store's merchant, listed in the store with the given SKUs (default: one at 5.00 with 10 in stock).</summary>
    public static async Task<Product> ProductAsync(this PlazaFactory factory, Store store, Category category, string name,
        string description = "", params SkuSpec[] skus)
    {
        if (skus.Length == 0) skus = [new SkuSpec("STD", 500)];
        var product = Product.Create(store.MerchantId, category.Id, name, description, factory.Clock.GetUtcNow().UtcDateTime);
        await using var scope = factory.Db();
        foreach (var spec in skus)
        {
            var sku = product.AddSku(spec.Code, spec.Label ?? spec.Code, spec.PriceMinor, store.Currency);
            scope.Db.Add(StoreOffer.Create(store.Id, sku.Id, product.Id, spec.Stock));
        }
        scope.Db.Add(product);
        await scope.Db.SaveChangesAsync();
        return product;
    }
}
