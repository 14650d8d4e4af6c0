using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog.Pages;

/// <summary>
/// The store's products with stock per SKU, listed or not (the shop search shows only listed ones):
/// receive or write off stock (AdjustStock with a delta) and list or unlist a SKU.
/// </summary>
internal sealed class StaffProductsModel(PlazaDb db, IStoreDirectory stores) : StaffPageModel
{
    public const int Shown = 60;

    public sealed record SkuRow(Guid SkuId, string Code, string Label, long PriceMinor, long UsualPriceMinor, string Currency, int Stock, bool Listed)
    {
        public bool OwnPrice => PriceMinor != UsualPriceMinor;
    }

    public sealed record ProductRow(Guid Id, string Name, bool IsActive, IReadOnlyList<SkuRow> Skus);

    public string StoreName { get; private set; } = "";
    public string? Q { get; private set; }
    public IReadOnlyList<ProductRow> Products { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        var store = await stores.Terms(StoreId, ct);
        if (store is null) return NotFound();
        StoreName = store.Name;
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];

        var rows = from o in db.Set<StoreOffer>().AsNoTracking()
                   join s in db.Set<Sku>() on o.SkuId equals s.Id
                   join p in db.Set<Product>() on s.ProductId equals p.Id
                   where o.StoreId == StoreId
                   select new { ProductId = p.Id, p.Name, p.IsActive, s.Id, s.Code, s.Label, Price = o.PriceMinor ?? s.PriceMinor, Usual = s.PriceMinor,
                       s.Currency, o.Stock, o.Listed };
        if (Q is not null)
        {
            var term = Q.ToLowerInvariant();
            rows = rows.Where(r => r.Name.ToLower().Contains(term) || r.Code.ToLower().Contains(term));
        }
        var products = rows.Select(r => new { r.ProductId, r.Name }).Distinct();
        Total = await products.CountAsync(ct);
        var pageIds = await products.OrderBy(x => x.Name).ThenBy(x => x.ProductId).Take(Shown).Select(x => x.ProductId).ToListAsync(ct);
        var page = await rows.Where(r => pageIds.Contains(r.ProductId)).ToListAsync(ct);
        Products = page.GroupBy(r => new { r.ProductId, r.Name, r.IsActive })
            .OrderBy(g => g.Key.Name)
            .Select(g => new ProductRow(g.Key.ProductId, g.Key.Name, g.Key.IsActive,
                g.OrderBy(r => r.Price).Select(r => new SkuRow(r.Id, r.Code, r.Label, r.Price, r.Usual, r.Currency, r.Stock, r.Listed)).ToList()))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostStockAsync(Guid skuId, int? amount, string? direction, string? q, CancellationToken ct)
    {
        if (amount is not > 0)
        {
            Problem("Enter how many, as a whole number above 0.");
            return Back(q, skuId);
        }
        var delta = direction == "remove" ? -amount.Value : amount.Value;
        return await Adjust(new AdjustStock.AdjustStockRequest(skuId, delta, null), q, ct);
    }

    public Task<IActionResult> OnPostListingAsync(Guid skuId, bool listed, string? q, CancellationToken ct) =>
        Adjust(new AdjustStock.AdjustStockRequest(skuId, 0, listed), q, ct);

    /// <summary>This store's own price (in pounds, as typed), or back to the usual price.</summary>
    public async Task<IActionResult> OnPostPriceAsync(Guid skuId, string? price, bool usual, string? q, CancellationToken ct)
    {
        var currency = (await stores.Terms(StoreId, ct))?.Currency;
        if (currency is null) return NotFound();
        var minor = usual ? null : MoneyFormat.ToMinor(FormValues.ParseNumber(price), currency);
        if (!usual && minor is null)
        {
            Problem("Enter the price, like 2.50.");
            return Back(q, skuId);
        }
        try
        {
            var outcome = await SetStorePrice.Execute(StoreId, new SetStorePrice.StorePriceRequest(skuId, minor), User, db, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
                Notice(usual ? "The usual price applies again." : "The price in this store is now {0}.",
                    MoneyFormat.Format(outcome.Value.Value!.PriceMinor, outcome.Value.Value.Currency));
            else Problem(outcome.Value.Errors!.First().Value.First());
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return Back(q, skuId);
    }

    private async Task<IActionResult> Adjust(AdjustStock.AdjustStockRequest request, string? q, CancellationToken ct)
    {
        try
        {
            var outcome = await AdjustStock.Execute(StoreId, request, User, db, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                var view = outcome.Value.Value!;
                if (request.Listed is { } listed) Notice(listed ? "It is back in the shop." : "It is hidden from the shop.");
                else Notice("Stock is now {0}.", view.Stock.ToString(System.Globalization.CultureInfo.CurrentCulture));
            }
            else Problem(outcome.Value.Errors!.First().Value.First());
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return Back(q, request.SkuId);
    }

    private LocalRedirectResult Back(string? q, Guid? skuId) =>
        LocalRedirect($"/staff/stores/{StoreId}/products" + (string.IsNullOrWhiteSpace(q) ? "" : "?q=" + Uri.EscapeDataString(q))
            + (skuId is null ? "" : $"#sku-{skuId}"));
}
