using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Promotions;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// Fills an empty database with a believable neighbourhood: one merchant, two stores, a catalogue
/// with pictures and a sign-in for each kind of person. Runs only while there is no merchant at all,
/// so a second start (or a real merchant's data) is never touched. Everything goes in one
/// SaveChanges, i.e. one transaction.
/// </summary>
internal sealed class DemoSeeder(
    IPasswordHasher<Account> hasher, PasswordPolicy passwords, PhotoStorage photos, TimeProvider clock, DemoStatus status, ILogger<DemoSeeder> log)
    : IStartupSeeder
{
    public async Task SeedAsync(PlazaDb db, CancellationToken ct)
    {
        if (await db.Set<Merchant>().AnyAsync(ct))
        {
            await NoteExistingDemo(db, ct);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var merchant = Merchant.Create(DemoStores.MerchantName, now);
        var stores = DemoStores.Open(merchant, now);
        db.Add(merchant);
        db.AddRange(stores);

        var written = new List<string>();
        try
        {
            var products = await AddCatalog(db, merchant, stores, now, written, ct);
            var accounts = await AddAccounts(db, stores, now, ct);
            DemoReferral.Add(db, stores, now);
            DemoGroupBuys.Add(db, merchant, stores[0], now);
            DemoBargains.Add(db, merchant, stores[0], now);
            DemoLeaders.Add(db, merchant, stores[0], now);
            DemoLive.Add(db, stores[0], now);
            DemoSupport.Add(db, stores, now);
            await db.SaveChangesAsync(ct);
            status.MarkPresent(accounts);
            log.LogInformation("Seeded demo data: {Stores} stores, {Products} products, {Accounts} sign-ins", stores.Count, products, accounts.Count);
        }
        catch (Exception ex)
        {
            // Nothing was committed, so the pictures we wrote belong to nothing.
            foreach (var file in written) photos.Delete(file);
            // Another app node seeded first and a unique index (category slug, login) stopped ours: fine.
            if (ex is not DbUpdateException || !await OtherNodeSeeded(db, ct)) throw;
            await NoteExistingDemo(db, ct);
        }
    }

    private async Task<int> AddCatalog(PlazaDb db, Merchant merchant, IReadOnlyList<Store> stores, DateTime now, List<string> written, CancellationToken ct)
    {
        // Reuse categories that already exist by slug (the slug is unique), add the rest.
        var slugs = DemoCatalog.Categories.Select(c => c.Slug).ToList();
        var categories = await db.Set<Category>().Where(c => slugs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, ct);
        for (var i = 0; i < DemoCatalog.Categories.Count; i++)
        {
            var demo = DemoCatalog.Categories[i];
            if (categories.ContainsKey(demo.Slug)) continue;
            var category = Category.Create(demo.Slug, demo.Name, i + 1);
            categories[demo.Slug] = category;
            db.Add(category);
        }

        (Product Product, Sku Sku)? promoted = null;
        foreach (var demo in DemoCatalog.Products)
        {
            var category = categories[demo.CategorySlug];
            var product = Product.Create(merchant.Id, category.Id, demo.Name, demo.Description, now);
            foreach (var s in demo.Skus)
            {
                var sku = product.AddSku(s.Code, s.Label, s.PriceMinor, DemoCatalog.Currency);
                promoted ??= (product, sku);
                for (var i = 0; i < stores.Count; i++)
                {
                    var offer = StoreOffer.Create(stores[i].Id, sku.Id, product.Id, DemoCatalog.StockAt(i, s.Code));
                    if (DemoCatalog.StorePriceAt(i, s.Code) is { } price) offer.SetListing(true, price);
                    db.Add(offer);
                }
            }

            // Files first: if the save then fails we delete them; the reverse order could leave
            // committed photos that point at nothing.
            var fileName = Guid.CreateVersion7().ToString("N") + PhotoStorage.Extension(DemoPictures.ContentType);
            written.Add(fileName);
            await photos.SaveGenerated(fileName, DemoPictures.Svg(demo.Name, category.Name, category.Slug), ct);
            product.AddPhoto(fileName, DemoPictures.ContentType);
            db.Add(product);
        }
        if (promoted is { } p) AddPromotions(db, merchant, stores[0], p.Product, p.Sku, now);
        return DemoCatalog.Products.Count;
    }

    /// <summary>A welcome coupon to claim, a flash sale running for three days at the first store and the next one after it.</summary>
    private static void AddPromotions(PlazaDb db, Merchant merchant, Store store, Product product, Sku sku, DateTime now)
    {
        db.Add(Coupon.Create(store.Id, "WELCOME-1", "Welcome to the neighbourhood", CouponKind.Fixed, 100, 0, null, 1000, DemoCatalog.Currency,
            CouponScope.Store, null, now.AddHours(-1), now.AddDays(30), 500, 1, stackable: false, claimable: true, merchant.Id, now));
        db.Add(Coupon.Create(store.Id, "TENOFF", "10% off, at most £3", CouponKind.Percentage, 0, 10, 300, 0, DemoCatalog.Currency,
            CouponScope.Store, null, now.AddHours(-1), now.AddDays(30), null, 2, stackable: true, claimable: true, merchant.Id, now));
        var flashPrice = Math.Max(1, sku.PriceMinor * 7 / 10);
        db.Add(FlashSale.Create(store.Id, sku.Id, product.Id, product.Name, flashPrice, sku.PriceMinor, DemoCatalog.Currency, 20, 2,
            now.AddMinutes(-5), now.AddDays(3), merchant.Id, now));
        // And the next one, for shoppers to press "Remind me" on.
        db.Add(FlashSale.Create(store.Id, sku.Id, product.Id, product.Name, Math.Max(1, sku.PriceMinor * 6 / 10), sku.PriceMinor, DemoCatalog.Currency, 10, 1,
            now.AddDays(3), now.AddDays(4), merchant.Id, now));
    }

    private async Task<IReadOnlyList<DemoAccount>> AddAccounts(PlazaDb db, IReadOnlyList<Store> stores, DateTime now, CancellationToken ct)
    {
        var added = new List<DemoAccount>();
        foreach (var demo in DemoAccounts.All)
        {
            if (passwords.Check(DemoAccounts.Password, demo.Login) is { } problem)
                throw new InvalidOperationException($"The demo password is not acceptable for {demo.Login}: {problem.Message}");
            var (email, phone) = Logins.Parse(demo.Login);

            // Never take over an account someone already registered with a demo login.
            if (await db.Set<Account>().AnyAsync(a => (email != null && a.Email == email) || (phone != null && a.Phone == phone), ct))
            {
                log.LogWarning("Demo sign-in {Login} already exists; leaving it as it is", demo.Login);
                continue;
            }

            var account = Account.Register(email, phone, demo.DisplayName, now);
            account.SetPasswordHash(hasher.HashPassword(account, DemoAccounts.Password));
            account.ChangeCulture(demo.Culture);
            foreach (var role in demo.ExtraRoles) account.GrantRole(role);
            db.Add(account);
            if (demo.Login == "shopper@plaza.test") // the demo shopper: a Silver member with some points history
                Loyalty.LoyaltyDemo.Seed(db, account.Id, now, TimeSpan.FromDays(365));
            if (demo.StaffAtAllStores)
                foreach (var store in stores) db.Add(StoreStaff.Add(store.Id, account.Id, now));
            added.Add(demo);
        }
        return added;
    }

    private static string NormalizedLogin(DemoAccount account)
    {
        var (email, phone) = Logins.Parse(account.Login);
        return email ?? phone ?? throw new InvalidOperationException($"'{account.Login}' is not a valid login.");
    }

    private static async Task<bool> OtherNodeSeeded(PlazaDb db, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Set<Merchant>().AnyAsync(ct);
    }

    /// <summary>The banner shows on every start of a demo database, listing the demo sign-ins still there.</summary>
    private async Task NoteExistingDemo(PlazaDb db, CancellationToken ct)
    {
        if (!await db.Set<Merchant>().AnyAsync(m => m.Name == DemoStores.MerchantName, ct)) return;
        var logins = DemoAccounts.All.Select(a => Logins.Parse(a.Login)).ToList();
        var emails = logins.Select(l => l.Email).OfType<string>().ToList();
        var phones = logins.Select(l => l.Phone).OfType<string>().ToList();
        var existing = await db.Set<Account>()
            .Where(a => a.DeletedAtUtc == null && ((a.Email != null && emails.Contains(a.Email)) || (a.Phone != null && phones.Contains(a.Phone))))
            .Select(a => a.Email ?? a.Phone)
            .ToListAsync(ct);
        status.MarkPresent(DemoAccounts.All.Where(a => existing.Contains(NormalizedLogin(a))).ToList());
    }
}
