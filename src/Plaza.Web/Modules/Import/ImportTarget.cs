using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Import;

/// <summary>Where imported data goes: a store (and so its merchant) and the "imported" category.</summary>
internal sealed record ImportTarget(Guid StoreId, string StoreName, Guid MerchantId, Guid CategoryId, string Currency)
{
    public const string Gbp = "GBP";
    public const string MerchantName = "Online Retail Ltd";
    public const string DefaultStoreName = "Online Retail (UK)";
    public const string CategorySlug = "imported";
    public const string CategoryName = "Imported";

    /// <summary>The store given, or the default store of the default merchant, created (in London) when missing; and the category.</summary>
    public static async Task<ImportTarget> ResolveAsync(PlazaDb db, Guid? storeId, DateTime now, CancellationToken ct)
    {
        Store? store;
        if (storeId is { } id)
        {
            store = await db.Set<Store>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
                ?? throw new DomainException("store_not_found", $"No store with id {id}.");
            if (store.Currency != Gbp)
                throw new DomainException("currency_mismatch", $"Store '{store.Name}' sells in {store.Currency}; the Online Retail prices are in {Gbp}.");
        }
        else
        {
            var merchant = await db.Set<Merchant>().AsNoTracking().OrderBy(m => m.CreatedAtUtc).FirstOrDefaultAsync(m => m.Name == MerchantName, ct);
            if (merchant is null) db.Add(merchant = Merchant.Create(MerchantName, now));
            store = await db.Set<Store>().AsNoTracking().OrderBy(s => s.CreatedAtUtc)
                .FirstOrDefaultAsync(s => s.MerchantId == merchant.Id && s.Name == DefaultStoreName, ct);
            if (store is null) db.Add(store = Store.Open(merchant.Id, DefaultStoreName, "London, United Kingdom", 51.5072, -0.1276, Gbp, now));
        }

        var category = await db.Set<Category>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == CategorySlug, ct);
        if (category is null)
        {
            var last = await db.Set<Category>().MaxAsync(c => (int?)c.Position, ct) ?? 0;
            db.Add(category = Category.Create(CategorySlug, CategoryName, last + 1));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportTarget(store.Id, store.Name, store.MerchantId, category.Id, store.Currency);
    }
}
