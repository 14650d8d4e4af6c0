using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.BackOffice.Pages;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Pages;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Bargaining.Pages;

/// <summary>
/// Back office: the store's bargain deals (running and past) with their bargains so far, a form for a new deal
/// (item, floor price, cuts to reach it, hours a bargain lasts, how many days the deal runs) and "End".
/// </summary>
internal sealed class StaffBargainsModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock) : StaffPageModel
{
    public sealed record SkuChoice(Guid SkuId, string Name, long PriceMinor, string Currency);
    public sealed record DealRow(BargainDeal Deal, int Started, int Bought);

    public sealed class DealInput
    {
        public Guid? SkuId { get; set; }
        public string? FloorPrice { get; set; }
        public int? ExpectedCuts { get; set; } = 10;
        public int? Hours { get; set; } = 24;
        public int? Days { get; set; } = 7;
    }

    [BindProperty] public DealInput Input { get; set; } = new();
    public string StoreName { get; private set; } = "";
    public IReadOnlyList<SkuChoice> Skus { get; private set; } = [];
    public IReadOnlyList<DealRow> Deals { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        var price = OrderText.ParseNumber(Input.FloorPrice);
        if (price is null or <= 0) ModelState.AddModelError("Input.FloorPrice", "Enter the floor price as a number, like 7.50.");
        if (Input.Days is not (>= 1 and <= 90)) ModelState.AddModelError("Input.Days", "A deal runs for 1 to 90 days.");
        if (!ModelState.IsValid) return Page();
        var now = Now;
        var request = new ManageDeals.CreateDealRequest(StoreId, Input.SkuId, (long)decimal.Round(price!.Value * 100), Input.ExpectedCuts,
            Input.Hours * 60, now, now.AddDays(Input.Days!.Value));
        try
        {
            var outcome = await ManageDeals.Create(request, User, db, stores, catalog, clock, ct);
            if (outcome is not { } o) return NotFound();
            if (!o.Ok)
            {
                foreach (var (field, messages) in o.Errors!)
                    foreach (var message in messages)
                        ModelState.AddModelError(field switch
                        {
                            "floorPriceMinor" => "Input.FloorPrice",
                            "timeLimitMinutes" => "Input.Hours",
                            _ => $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}",
                        }, message);
                return Page();
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        Notice("Bargain deal created");
        return LocalRedirect($"/staff/stores/{StoreId}/bargains");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid dealId, CancellationToken ct)
    {
        var deal = await db.Set<BargainDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId && d.StoreId == StoreId, ct);
        if (deal is null || await ManageDeals.End(dealId, User, db, clock, ct) is null) return NotFound();
        Notice("Bargain deal ended: no new bargains. Open ones run until time is up.");
        return LocalRedirect($"/staff/stores/{StoreId}/bargains");
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        var name = await db.Set<Store>().AsNoTracking().Where(s => s.Id == StoreId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (name is null) return false;
        StoreName = name;
        // The back office reads the store's shelf directly, as its products page does.
        Skus = await (from o in db.Set<StoreOffer>().AsNoTracking()
                      join s in db.Set<Sku>() on o.SkuId equals s.Id
                      join p in db.Set<Product>() on s.ProductId equals p.Id
                      where o.StoreId == StoreId && o.Listed && p.IsActive
                      orderby p.Name, s.Label
                      select new SkuChoice(s.Id, p.Name + " — " + s.Label, o.PriceMinor ?? s.PriceMinor, s.Currency)).Take(300).ToListAsync(ct);
        var deals = await ManageDeals.List(StoreId, null, all: true, db, Now, ct);
        var ids = deals.Select(d => d.Id).ToList();
        var counts = await db.Set<Bargain>().AsNoTracking().Where(b => ids.Contains(b.DealId))
            .GroupBy(b => new { b.DealId, b.Status }).Select(g => new { g.Key.DealId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        Deals = deals.Select(d => new DealRow(d, counts.Where(c => c.DealId == d.Id).Sum(c => c.Count),
            counts.Where(c => c.DealId == d.Id && c.Status == BargainStatus.Bought).Sum(c => c.Count))).ToList();
        return true;
    }
}
