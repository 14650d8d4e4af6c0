using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders.Pages;

/// <summary>
/// A leader's shareable page: where to collect, the store's running campaigns with their prices, and a quantity
/// per item to order for pickup at this leader's point before the cut-off.
/// </summary>
internal sealed class LeaderPageModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, IPlaceAndPay placeAndPay) : PageModel
{
    public LeaderPageView? Leader { get; private set; }
    public string StoreName { get; private set; } = "";
    public IReadOnlyDictionary<Guid, long> UsualPrices { get; private set; } = new Dictionary<Guid, long>();
    [BindProperty] public Guid CampaignId { get; set; }
    [BindProperty] public Dictionary<Guid, int> Quantities { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid leaderId, CancellationToken ct) => await Load(leaderId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid leaderId, CancellationToken ct)
    {
        if (!await Load(leaderId, ct)) return NotFound();
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var lines = Quantities.Where(q => q.Value > 0).Select(q => new OrderItem(q.Key, q.Value)).ToList();
        if (lines.Count == 0)
        {
            ModelState.AddModelError("", "Choose how many you would like.");
            return Page();
        }
        var outcome = await placeAndPay.PickupWithOffer(Leader!.StoreId, lines, Leader.PickupPointId,
            new OfferRef(CampaignPriceRule.OfferKind, CampaignId), User, ct);
        if (outcome.Placed) return Redirect(outcome.Next!);
        foreach (var problem in outcome.Problems) ModelState.AddModelError("", problem);
        return Page();
    }

    private async Task<bool> Load(Guid leaderId, CancellationToken ct)
    {
        Leader = await LeaderPages.Page(leaderId, db, clock, ct);
        if (Leader is null) return false;
        StoreName = (await stores.Terms(Leader.StoreId, ct))?.Name ?? "";
        var skus = Leader.Campaigns.SelectMany(c => c.Items).Select(i => i.SkuId).Distinct().ToList();
        UsualPrices = (await catalog.Offers(Leader.StoreId, skus, ct)).ToDictionary(o => o.Key, o => o.Value.PriceMinor);
        return true;
    }
}
