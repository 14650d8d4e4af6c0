using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.BackOffice.Pages;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Ordering.Pages;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders.Pages;

/// <summary>
/// Back office: leader applications (approve, reject), the store's campaigns (publish a draft; the pick list and
/// delivery manifest of each published one) and a form for a new one-item campaign (the API takes up to 30 items).
/// </summary>
internal sealed class StaffLeadersModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, IOrderAmounts amounts, TimeProvider clock) : StaffPageModel
{
    public sealed record SkuChoice(Guid SkuId, string Name, long PriceMinor, string Currency);

    public sealed class CampaignInput
    {
        public string? Title { get; set; }
        public Guid? SkuId { get; set; }
        public string? Price { get; set; }
        public int? CommissionPercent { get; set; } = 10;
        public int? DaysToCutOff { get; set; } = 2;
    }

    [BindProperty] public CampaignInput Input { get; set; } = new();
    public string StoreName { get; private set; } = "";
    public IReadOnlyList<Leader> Applications { get; private set; } = [];
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PickListView> PickLists { get; private set; } = new Dictionary<Guid, PickListView>();
    public IReadOnlyList<SkuChoice> Skus { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid leaderId, CancellationToken ct) => await Decide(leaderId, true, ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid leaderId, CancellationToken ct) => await Decide(leaderId, false, ct);

    public async Task<IActionResult> OnPostPublishAsync(Guid campaignId, CancellationToken ct)
    {
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId && c.StoreId == StoreId, ct)) return NotFound();
        try
        {
            await ManageCampaigns.Publish(campaignId, User, db, clock, ct);
            Notice("Campaign published.");
        }
        catch (DomainException e) { Problem(e.Message); }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        var price = OrderText.ParseNumber(Input.Price);
        if (price is null or <= 0) ModelState.AddModelError("Input.Price", "Enter the campaign price as a number, like 7.50.");
        if (Input.DaysToCutOff is not (>= 1 and <= 30)) ModelState.AddModelError("Input.DaysToCutOff", "Orders close in 1 to 30 days.");
        if (Input.CommissionPercent is not (>= 0 and <= 50)) ModelState.AddModelError("Input.CommissionPercent", "The leader's commission is 0% to 50%.");
        if (!ModelState.IsValid) return Page();
        var cutOff = Now.AddDays(Input.DaysToCutOff!.Value);
        var request = new ManageCampaigns.CreateCampaignRequest(StoreId, Input.Title, cutOff, cutOff.AddDays(1), Input.CommissionPercent * 100,
            [new ManageCampaigns.ItemRequest(Input.SkuId, (long)decimal.Round(price!.Value * 100))]);
        var outcome = await ManageCampaigns.Create(request, User, db, stores, catalog, clock, ct);
        if (outcome is not { } o) return NotFound();
        if (!o.Ok)
        {
            foreach (var (field, messages) in o.Errors!)
                foreach (var message in messages)
                    ModelState.AddModelError(field switch
                    {
                        "title" => "Input.Title",
                        "items[0].skuId" => "Input.SkuId",
                        "items[0].priceMinor" => "Input.Price",
                        _ => "",
                    }, message);
            return Page();
        }
        Notice("Campaign saved as a draft. Publish it when it is ready.");
        return RedirectToPage();
    }

    private async Task<IActionResult> Decide(Guid leaderId, bool approve, CancellationToken ct)
    {
        if (!await db.Set<Leader>().AnyAsync(l => l.Id == leaderId && l.StoreId == StoreId, ct)) return NotFound();
        try
        {
            await Leaders.Applications.Decide(leaderId, approve, User, db, stores, clock, ct);
            Notice(approve ? "Leader approved: their pickup point is now one of the store's." : "Application rejected.");
        }
        catch (DomainException e) { Problem(e.Message); }
        return RedirectToPage();
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        var terms = await stores.Terms(StoreId, ct);
        if (terms is null) return false;
        StoreName = terms.Name;
        Applications = await Leaders.Applications.ForStore(StoreId, User, db, ct) ?? [];
        Campaigns = await ManageCampaigns.List(StoreId, all: true, db, Now, ct);
        var lists = new Dictionary<Guid, PickListView>();
        foreach (var c in Campaigns.Where(c => c.IsPublished).Take(10))
            if (await PickList.Execute(c.Id, User, db, amounts, clock, ct) is { } v) lists[c.Id] = v;
        PickLists = lists;
        // The back office reads the store's shelf directly, as its products page does.
        Skus = await (from o in db.Set<StoreOffer>().AsNoTracking()
                      join s in db.Set<Sku>() on o.SkuId equals s.Id
                      join p in db.Set<Product>() on s.ProductId equals p.Id
                      where o.StoreId == StoreId && o.Listed && p.IsActive
                      orderby p.Name, s.Label
                      select new SkuChoice(s.Id, p.Name + " — " + s.Label, o.PriceMinor ?? s.PriceMinor, s.Currency)).Take(300).ToListAsync(ct);
        return true;
    }
}
