using Plaza.Web.Modules.Bargaining;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// One bargain deal at the first store, so a fresh start shows "Ask friends to cut the price" on its product
/// page. No bargains or cuts: every one you see was started or cut by someone signed in.
/// </summary>
internal static class DemoBargains
{
    private const string Product = "White Sourdough Bread";

    public static void Add(PlazaDb db, Merchant merchant, Store store, DateTime now)
    {
        var products = db.ChangeTracker.Entries<Product>().Select(e => e.Entity).ToList();
        if (products.FirstOrDefault(p => p.Name == Product) is not { Skus: [var sku, ..] } product) return;
        var price = DemoCatalog.StorePriceAt(0, sku.Code) ?? sku.PriceMinor;
        db.Add(BargainDeal.Create(store.Id, sku.Id, product.Id, product.Name, sku.Label, price, store.Currency, price / 2, 5,
            24 * 60, now, now.AddDays(60), merchant.Id, now));
    }
}
