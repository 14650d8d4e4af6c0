using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>
/// The store's flash sales (with ended ones), "End" and a change form (end, quantity, limit per shopper) for each one
/// not ended, and a form for a new one.
/// </summary>
internal sealed class StaffFlashSalesModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, ICatalogChoices choices, TimeProvider clock)
    : StaffPageModel
{
    public sealed class SaleInput
    {
        public Guid? SkuId { get; set; }
        public string? Title { get; set; }
        public string? Price { get; set; }
        public string? Quantity { get; set; }
        public string? PerShopperLimit { get; set; } = "1";
        public string? StartsAt { get; set; }
        public string? EndsAt { get; set; }
    }

    /// <summary>One sale's change form: new end (store time), quantity, limit per shopper; empty fields stay as they are.</summary>
    public sealed class SaleChange : SkuDealChangeInput
    {
        public string? Quantity { get; set; }
        public string? PerShopperLimit { get; set; }
    }

    [BindProperty]
    public SaleInput Input { get; set; } = new();

    [BindProperty]
    public SaleChange Change { get; set; } = new();

    public StoreTerms? Store { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<FlashSaleView> Sales { get; private set; } = [];
    public IReadOnlyList<StaffCatalog.SkuChoice> Skus { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        Input.StartsAt = FormValues.ToLocalInput(now, Zone);
        Input.EndsAt = FormValues.ToLocalInput(now.AddHours(2), Zone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        long? price = null;
        if (!string.IsNullOrWhiteSpace(Input.Price))
        {
            price = MoneyFormat.ToMinor(FormValues.ParseNumber(Input.Price), Store!.Currency);
            if (price is null) ModelState.AddModelError("Input.Price", "Enter the amount like 1.50.");
        }
        int? Whole(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (int.TryParse(text.Trim(), out var n)) return n;
            ModelState.AddModelError(field, "Enter a whole number.");
            return null;
        }
        var quantity = Whole(Input.Quantity, "Input.Quantity");
        var limit = Whole(Input.PerShopperLimit, "Input.PerShopperLimit");
        if (!ModelState.IsValid) return Page();
        var request = new CreateFlashSale.CreateFlashSaleRequest(StoreId, Input.SkuId, Input.Title, price, quantity, limit,
            FormValues.ParseLocal(Input.StartsAt, Zone), FormValues.ParseLocal(Input.EndsAt, Zone));
        try
        {
            var outcome = await CreateFlashSale.Execute(request, User, db, catalog, clock, ct);
            if (outcome.Ok)
            {
                Notice("The flash sale for {0} is set up.", outcome.Value!.Title);
                return LocalRedirect($"/staff/stores/{StoreId}/flash-sales");
            }
            FormErrors.CopyErrors(outcome.Errors, ModelState, rename: new Dictionary<string, string>
            {
                ["priceMinor"] = "price", ["startsAtUtc"] = "startsAt", ["endsAtUtc"] = "endsAt",
            });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid dealId, CancellationToken ct)
    {
        if (await EndFlashSale.Execute(dealId, User, db, clock, ct, StoreId) is not { } sale) return NotFound();
        Notice("The flash sale for {0} has ended: no new sales at its price. Orders already placed keep it.", sale.Title);
        return LocalRedirect($"/staff/stores/{StoreId}/flash-sales");
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid dealId, CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        switch (await DealPageActions.ChangeFromForm<FlashSale>(ModelState, Change.EndsAt, Zone, async end =>
        {
            var (quantity, quantityError) = DealPageActions.Whole(Change.Quantity, "quantity");
            var (limit, limitError) = DealPageActions.Whole(Change.PerShopperLimit, "perShopperLimit");
            return (quantityError ?? limitError) is { } error ? error
                : await ChangeFlashSale.Execute(dealId, new ChangeFlashSale.ChangeFlashSaleRequest(end, quantity, limit), User, db, clock, ct, StoreId);
        }))
        {
            case null: return NotFound();
            case false: return Page();
        }
        Notice("Deal changed. Teams, bargains and orders already begun keep their terms.");
        return LocalRedirect($"/staff/stores/{StoreId}/flash-sales");
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        Store = await stores.Terms(StoreId, ct);
        if (Store is null) return false;
        Zone = StoreTime.Zone(Store.TimeZone);
        var now = clock.GetUtcNow().UtcDateTime;
        Sales = (await ListFlashSales.OfStore(StoreId, true, db, now, ct)).Select(s => FlashSaleView.From(s, now)).OrderByDescending(s => s.EndsAtUtc).ToList();
        Skus = await StaffCatalog.Skus(choices, StoreId, ct);
        return true;
    }
}
