using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Leaders;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// Community group buying in the demo: Li Wei (leader@plaza.test) is an approved leader of the first store with a
/// pickup point at home, and the store runs one campaign for a month, so /leaders/{id} and /account/leader show
/// something at once. No orders: every order you see was placed by someone signing in.
/// </summary>
internal static class DemoLeaders
{
    public const string LeaderLogin = "leader@plaza.test";
    private static readonly (string Product, int Percent)[] Items = [("British Strawberries", 85), ("All-Butter Croissants", 80)];

    public static void Add(PlazaDb db, Merchant merchant, Store store, DateTime now)
    {
        var li = db.ChangeTracker.Entries<Account>().Select(e => e.Entity).FirstOrDefault(a => a.Email == LeaderLogin);
        if (li is null) return;
        const string name = "Li Wei's porch, Canonbury Square";
        const string address = "12 Canonbury Square, London N1 2AN";
        var leader = Leaders.Leader.Apply(store.Id, li.Id, name, PartnerPickupKind.LeaderHome, address, 51.5432, -0.1006, now);
        var point = store.AddPickupPoint(name, PickupPointKind.LeaderHome, address, 51.5432, -0.1006);
        leader.Approve(point.Id, merchant.Id, now);
        db.Add(leader);

        var campaign = Campaign.Create(store.Id, "Weekend breakfast box", store.Currency, now.AddDays(30), now.AddDays(31), 1000, merchant.Id, now);
        var products = db.ChangeTracker.Entries<Product>().Select(e => e.Entity).ToList();
        foreach (var (productName, percent) in Items)
        {
            if (products.FirstOrDefault(p => p.Name == productName) is not { Skus: [var sku, ..] } product) continue;
            var price = DemoCatalog.StorePriceAt(0, sku.Code) ?? sku.PriceMinor;
            campaign.AddItem(sku.Id, product.Id, product.Name, sku.Label, price, price * percent / 100);
        }
        if (campaign.Items.Count == 0) return;
        campaign.Publish(now);
        db.Add(campaign);
    }
}
