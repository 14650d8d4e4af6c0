using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.GroupBuying;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// Two team group-buy deals at the first store, so a fresh start shows "Team price … with N people" on their
/// product pages. No teams: every team and member you see was made by someone signing in and buying.
/// </summary>
internal static class DemoGroupBuys
{
    private static readonly (string Product, int TeamSize, int Percent)[] Deals = [("British Strawberries", 2, 80), ("All-Butter Croissants", 3, 75)];

    public static void Add(PlazaDb db, Merchant merchant, Store store, DateTime now)
    {
        var products = db.ChangeTracker.Entries<Product>().Select(e => e.Entity).ToList();
        foreach (var (name, size, percent) in Deals)
        {
            if (products.FirstOrDefault(p => p.Name == name) is not { Skus: [var sku, ..] } product) continue;
            var price = DemoCatalog.StorePriceAt(0, sku.Code) ?? sku.PriceMinor;
            db.Add(GroupBuyDeal.Create(store.Id, sku.Id, product.Id, product.Name, sku.Label, price, store.Currency, price * percent / 100, size,
                24 * 60, 2, now, now.AddDays(60), merchant.Id, now));
        }
    }
}
