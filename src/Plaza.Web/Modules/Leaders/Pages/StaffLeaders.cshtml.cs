using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Leaders.Pages;

/// <summary>
/// Back office: leader applications (approve, reject), the store's campaigns (publish or delete a draft; close a
/// running one's orders early; the pick list and delivery manifest of each published one) and a form for a new
/// campaign of up to <see cref="ItemRows"/> items (the API takes up to 30). Works without JavaScript: unused item
/// rows are left on "None".
/// </summary>
internal sealed class StaffLeadersModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, ICatalogChoices choices, IOrderAmounts amounts,
    TimeProvider clock) : StaffPageModel
{
    public const int ItemRows = 5;

    public sealed class ItemInput
    {
        public Guid? SkuId { get; set; }
        public string? Price { get; set; }
    }

    public sealed class CampaignInput
    {
        public string? Title { get; set; }
        public List<ItemInput> Items { get; set; } = [];
        public int? CommissionPercent { get; set; } = 10;
        public int? DaysToCutOff { get; set; } = 2;

        /// <summary>Always <see cref="ItemRows"/> rows to show, whatever was posted.</summary>
        public IReadOnlyList<ItemInput> Rows =>
            [.. Items.Take(ItemRows), .. Enumerable.Range(0, Math.Max(0, ItemRows - Items.Count)).Select(_ => new ItemInput())];
    }

    [BindProperty] public CampaignInput Input { get; set; } = new();
    public string StoreName { get; private set; } = "";
    public IReadOnlyList<Leader> Applications { get; private set; } = [];
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PickListView> PickLists { get; private set; } = new Dictionary<Guid, PickListView>();
    public IReadOnlyList<DealSkuChoice> Skus { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid leaderId, CancellationToken ct) => await Decide(leaderId, true, ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid leaderId, CancellationToken ct) => await Decide(leaderId, false, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid campaignId, CancellationToken ct) =>
        OnCampaign(campaignId, () => PublishCampaign.Execute(campaignId, User, db, clock, ct), "Campaign published.", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid campaignId, CancellationToken ct) =>
        OnCampaign(campaignId, () => CloseCampaignOrders.Execute(campaignId, User, HttpContext.RequestServices, ct),
            "Orders closed. Unpaid orders were cancelled; the pick list is final.", ct);

    public Task<IActionResult> OnPostDeleteAsync(Guid campaignId, CancellationToken ct) =>
        OnCampaign(campaignId, () => DiscardCampaign.Execute(campaignId, User, db, ct), "Draft deleted.", ct);

    /// <summary>Does something to one of this store's campaigns and comes back to the page with what happened.</summary>
    private async Task<IActionResult> OnCampaign(Guid campaignId, Func<Task> act, string done, CancellationToken ct)
    {
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId && c.StoreId == StoreId, ct)) return NotFound();
        try
        {
            await act();
            Notice(done);
        }
        catch (DomainException e) { Problem(e.Message); }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        // The rows with an item chosen, with their place on the form so each message lands beside its row.
        var chosen = Input.Items.Take(ItemRows).Select((item, row) => (item, row)).Where(x => x.item.SkuId is not null).ToList();
        if (chosen.Count == 0) ModelState.AddModelError("Input.Items[0].SkuId", "Choose at least one item.");
        var items = new List<CreateCampaign.ItemRequest>();
        foreach (var (item, row) in chosen)
        {
            var price = FormValues.ParseNumber(item.Price);
            if (price is null or <= 0) ModelState.AddModelError($"Input.Items[{row}].Price", "Enter the campaign price as a number, like 7.50.");
            else items.Add(new CreateCampaign.ItemRequest(item.SkuId, (long)decimal.Round(price.Value * 100)));
        }
        if (Input.DaysToCutOff is not (>= 1 and <= 30)) ModelState.AddModelError("Input.DaysToCutOff", "Orders close in 1 to 30 days.");
        if (Input.CommissionPercent is not (>= 0 and <= 50)) ModelState.AddModelError("Input.CommissionPercent", "The leader's commission is 0% to 50%.");
        if (!ModelState.IsValid) return Page();
        var cutOff = Now.AddDays(Input.DaysToCutOff!.Value);
        var request = new CreateCampaign.CreateCampaignRequest(StoreId, Input.Title, cutOff, cutOff.AddDays(1), Input.CommissionPercent * 100, items);
        var outcome = await CreateCampaign.Execute(request, User, db, stores, catalog, clock, ct);
        if (outcome is not { } o) return NotFound();
        if (!o.Ok)
        {
            foreach (var (field, messages) in o.Errors!)
                foreach (var message in messages)
                    ModelState.AddModelError(FormField(field, chosen.Select(c => c.row).ToList()), message);
            return Page();
        }
        Notice("Campaign saved as a draft. Publish it when it is ready.");
        return RedirectToPage();
    }

    /// <summary>The form field an API error names: "items[1].priceMinor" is the price of the second row with an item chosen.</summary>
    private static string FormField(string field, List<int> rows)
    {
        if (field == "title") return "Input.Title";
        if (field == "items") return "Input.Items[0].SkuId";
        var m = System.Text.RegularExpressions.Regex.Match(field, @"^items\[(\d+)\]\.(skuId|priceMinor)$");
        if (!m.Success || int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i >= rows.Count) return "";
        return $"Input.Items[{rows[i]}].{(m.Groups[2].Value == "skuId" ? "SkuId" : "Price")}";
    }

    private async Task<IActionResult> Decide(Guid leaderId, bool approve, CancellationToken ct)
    {
        if (!await db.Set<Leader>().AnyAsync(l => l.Id == leaderId && l.StoreId == StoreId, ct)) return NotFound();
        try
        {
            await DecideApplication.Execute(leaderId, approve, User, db, stores, clock, ct);
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
        Applications = await ListApplications.Execute(StoreId, User, db, ct) ?? [];
        Campaigns = await ListCampaigns.Execute(StoreId, all: true, db, Now, ct);
        var lists = new Dictionary<Guid, PickListView>();
        foreach (var c in Campaigns.Where(c => c.IsPublished).Take(10))
            if (await PickList.Execute(c.Id, User, db, amounts, clock, ct) is { } v) lists[c.Id] = v;
        PickLists = lists;
        Skus = await DealSkuChoice.Of(StoreId, choices, ct);
        return true;
    }
}
