using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Catalog;

/// <summary>A store's assortment: full-text search, category and price filters, sorting, paging.</summary>
internal static class SearchProducts
{
    public static readonly string[] Sorts = ["relevance", "price_asc", "price_desc", "newest", "name"];

    public sealed record Query(Guid? StoreId, string? Q, Guid? CategoryId, long? MinPrice, long? MaxPrice, string? Sort, int? Page, int? PageSize);

    public static async Task<Outcome<ProductPage>> Execute(Query query, PlazaDb db, DatabaseInfo info, CancellationToken ct)
    {
        var v = new Validator()
            .Check(query.StoreId is not null, "storeId", "Choose a store.")
            .Check(query.Q is null || query.Q.Length <= 200, "q", "Search at most 200 characters.")
            .Check(query.MinPrice is null or >= 0, "minPrice", "Must be zero or more.")
            .Check(query.MaxPrice is null or >= 0, "maxPrice", "Must be zero or more.")
            .Check(query.Sort is null || Sorts.Contains(query.Sort), "sort", "One of: " + string.Join(", ", Sorts))
            .Check(query.Page is null or >= 1 and <= 10_000, "page", "From 1 to 10000.")
            .Check(query.PageSize is null or >= 1 and <= 100, "pageSize", "From 1 to 100.");
        if (!v.IsValid) return v;

        var storeId = query.StoreId!.Value;
        var page = query.Page ?? 1;
        var size = query.PageSize ?? 24;
        var terms = SearchText.Terms(query.Q);

        // One row per product in this store: its lowest listed price and whether any SKU is in stock.
        var offers = from o in db.Set<StoreOffer>()
                     join s in db.Set<Sku>() on o.SkuId equals s.Id
                     where o.StoreId == storeId && o.Listed
                     select new { o.ProductId, Price = o.PriceMinor ?? s.PriceMinor, s.Currency, o.Stock };
        var products = db.Set<Product>().Where(p => p.IsActive);
        if (terms.Count > 0)
        {
            var matching = MatchingIds(db, info, terms);
            products = products.Where(p => matching.Contains(p.Id));
        }
        if (query.CategoryId is { } cat) products = products.Where(p => p.CategoryId == cat);

        var rows = from p in products
                   join o in offers on p.Id equals o.ProductId
                   group new { o.Price, o.Stock, o.Currency } by new { p.Id, p.Name, p.CategoryId, p.CreatedAtUtc } into g
                   select new
                   {
                       g.Key.Id, g.Key.Name, g.Key.CategoryId, g.Key.CreatedAtUtc,
                       MinPrice = g.Min(x => x.Price), Currency = g.Min(x => x.Currency), Stock = g.Sum(x => x.Stock),
                   };
        if (query.MinPrice is { } min) rows = rows.Where(r => r.MinPrice >= min);
        if (query.MaxPrice is { } max) rows = rows.Where(r => r.MinPrice <= max);
        rows = (query.Sort ?? (terms.Count > 0 ? "relevance" : "name")) switch
        {
            "price_asc" => rows.OrderBy(r => r.MinPrice).ThenBy(r => r.Id),
            "price_desc" => rows.OrderByDescending(r => r.MinPrice).ThenBy(r => r.Id),
            "newest" => rows.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.Id),
            // Relevance: products whose name has the words first, then by name.
            "relevance" => rows.OrderByDescending(r => terms.Count > 0 && r.Name.ToLower().Contains(terms[0])).ThenBy(r => r.Name).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
        };

        var total = await rows.CountAsync(ct);
        var pageRows = await rows.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = pageRows.Select(r => r.Id).ToList();
        var photos = await db.Set<ProductPhoto>().AsNoTracking().Where(f => ids.Contains(f.ProductId) && f.Position == 0)
            .ToDictionaryAsync(f => f.ProductId, f => f.Url, ct);
        var cards = pageRows.Select(r => new ProductCard(r.Id, r.Name, r.CategoryId, r.MinPrice, r.Currency, r.Stock > 0, photos.GetValueOrDefault(r.Id)))
            .ToList();
        return new ProductPage(cards, page, size, total);
    }

    /// <summary>Product ids matching all words, from the provider's full-text index (see migration 0002).</summary>
    private static IQueryable<Guid> MatchingIds(PlazaDb db, DatabaseInfo info, IReadOnlyList<string> terms)
    {
        if (info.IsSqlite)
        {
            var fts = SearchText.ToFts5(terms);
            return db.Database.SqlQuery<Guid>($"SELECT product_id AS \"Value\" FROM product_search WHERE product_search MATCH {fts}");
        }
        var ts = SearchText.ToTsQuery(terms);
        return db.Database.SqlQuery<Guid>($"SELECT p.id AS \"Value\" FROM products p WHERE p.search_vector @@ to_tsquery('simple', {ts})");
    }

    public static async Task<Results<Ok<ProductPage>, ValidationProblem>> Handle(
        Guid? storeId, string? q, Guid? categoryId, long? minPrice, long? maxPrice, string? sort, int? page, int? pageSize,
        PlazaDb db, DatabaseInfo info, CancellationToken ct)
        => (await Execute(new Query(storeId, q, categoryId, minPrice, maxPrice, sort, page, pageSize), db, info, ct)).OkOr(page => page);
}
