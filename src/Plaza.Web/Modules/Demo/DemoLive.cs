using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Live;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// One live room at the first store, hosted by the demo staff member, tomorrow morning: /live shows something coming up,
/// and the staff sign-in can open it and press "Go live" (no media server needed).
/// </summary>
internal static class DemoLive
{
    private static readonly string[] Products = ["All-Butter Croissants", "White Sourdough Bread", "British Strawberries"];

    public static void Add(PlazaDb db, Store store, DateTime now)
    {
        var host = db.ChangeTracker.Entries<Account>().Select(e => e.Entity).FirstOrDefault(a => a.Email == "staff@plaza.test");
        var skus = db.ChangeTracker.Entries<Product>().Select(e => e.Entity).Where(p => Products.Contains(p.Name))
            .Select(p => p.Skus is [var first, ..] ? first : null).OfType<Sku>().ToList();
        if (host is null || skus.Count == 0) return;
        var room = LiveRoom.Schedule(store.Id, host.Id, "Saturday bake: croissants, sourdough and strawberries", now.Date.AddDays(1).AddHours(10), now);
        db.Add(room);
        db.AddRange(skus.Select((s, i) => LiveRoomProduct.For(room.Id, s.Id, i)));
    }
}
