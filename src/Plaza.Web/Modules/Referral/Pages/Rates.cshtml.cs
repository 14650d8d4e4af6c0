using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral.Pages;

/// <summary>
/// Staff set the store's referral commission rates and see who sells for the store: the page form of
/// /api/v1/referrals/stores/{storeId}/rates and /promoters.
/// </summary>
[Authorize]
internal sealed class RatesModel(PlazaDb db, IStoreDirectory stores, ICatalogChoices catalog, IAccountDirectory accounts, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string? Target, RateScope Scope, int Level1, int Level2);

    public Guid StoreId { get; private set; }
    public string StoreName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<CatalogChoice> Categories { get; private set; } = [];
    public IReadOnlyList<CatalogChoice> Products { get; private set; } = [];
    public IReadOnlyList<StorePromoters.PromoterRow> Promoters { get; private set; } = [];

    /// <summary>"default", "category:{id}" or "product:{id}".</summary>
    [BindProperty]
    public string? AppliesTo { get; set; }

    [BindProperty]
    public string? Level1 { get; set; }

    [BindProperty]
    public string? Level2 { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid storeId, CancellationToken ct) => await Load(storeId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid storeId, CancellationToken ct)
    {
        if (!await Load(storeId, ct)) return NotFound();
        var l1 = ReferralText.BasisPoints(Level1);
        var l2 = ReferralText.BasisPoints(Level2);
        if (l1 is null) ModelState.AddModelError(nameof(Level1), "Enter a percentage like 5 or 2.5.");
        if (l2 is null) ModelState.AddModelError(nameof(Level2), "Enter a percentage like 5 or 2.5.");
        var parts = (AppliesTo ?? "").Split(':', 2);
        Guid? target = parts.Length == 2 && Guid.TryParse(parts[1], out var t) ? t : null;
        if (!ModelState.IsValid) return Page();

        var outcome = await SetCommissionRate.Execute(storeId, new SetCommissionRate.RateRequest(parts[0], target, l1, l2), User, db, catalog, clock, ct);
        if (outcome is null) return NotFound();
        if (outcome.Value.Ok)
        {
            TempData[ReferralText.NoticeKey] = "The commission rate is saved.";
            return LocalRedirect($"/staff/stores/{storeId}/referral-rates");
        }
        foreach (var (field, messages) in outcome.Value.Errors!)
            foreach (var message in messages)
                ModelState.AddModelError(
                    field switch { "level1BasisPoints" => nameof(Level1), "level2BasisPoints" => nameof(Level2), _ => nameof(AppliesTo) }, message);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid storeId, Guid rateId, CancellationToken ct)
    {
        if (!await RemoveCommissionRate.Execute(storeId, rateId, User, db, ct)) return NotFound();
        TempData[ReferralText.NoticeKey] = "The commission rate is removed.";
        return LocalRedirect($"/staff/stores/{storeId}/referral-rates");
    }

    private async Task<bool> Load(Guid storeId, CancellationToken ct)
    {
        StoreId = storeId;
        if (await ListCommissionRates.Execute(storeId, User, db, ct) is not { } rates || await stores.Terms(storeId, ct) is not { } store) return false;
        StoreName = store.Name;
        Categories = await catalog.Categories(ct);
        Products = await catalog.Products(storeId, ct);
        string? Name(CommissionRate r) => r.Scope switch
        {
            RateScope.Category => Categories.FirstOrDefault(c => c.Id == r.TargetId)?.Name,
            RateScope.Product => Products.FirstOrDefault(p => p.Id == r.TargetId)?.Name,
            _ => null,
        };
        Rows = rates.Select(r => new Row(r.Id, Name(r), r.Scope, r.Level1BasisPoints, r.Level2BasisPoints)).ToList();
        Promoters = await StorePromoters.Execute(storeId, User, db, accounts, ct) ?? [];
        return true;
    }
}
