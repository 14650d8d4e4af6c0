using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>The store's coupon campaigns with how many were claimed; a form for a new one; give a coupon to a shopper by login.</summary>
internal sealed class StaffCouponsModel(PlazaDb db, IStoreDirectory stores, ICatalogChoices catalog, IAccountDirectory accounts, TimeProvider clock)
    : StaffPageModel
{
    public sealed class CouponInput
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public CouponKind? Kind { get; set; } = CouponKind.Fixed;
        public string? Amount { get; set; }
        public string? Percent { get; set; }
        public string? MaxDiscount { get; set; }
        public string? MinSpend { get; set; }
        public CouponScope? Scope { get; set; } = CouponScope.Store;
        public Guid? CategoryId { get; set; }
        public Guid? ProductId { get; set; }
        public string? ValidFrom { get; set; }
        public string? ValidUntil { get; set; }
        public string? TotalLimit { get; set; }
        public string? PerShopperLimit { get; set; } = "1";
        public bool Stackable { get; set; }
        public bool Claimable { get; set; } = true;
    }

    /// <summary>One campaign's change form: new end (store time), total limit, limit per shopper; empty fields stay as they are.</summary>
    public sealed class CouponChange : SkuDealChangeInput
    {
        public string? TotalLimit { get; set; }
        public string? PerShopperLimit { get; set; }
    }

    [BindProperty]
    public CouponInput Input { get; set; } = new();

    [BindProperty]
    public CouponChange Change { get; set; } = new();

    public StoreTerms? Store { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<CouponView> Coupons { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;
    public IReadOnlyList<StaffCatalog.SkuChoice> Skus { get; private set; } = [];
    public IReadOnlyList<CatalogChoice> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        Input.ValidFrom = FormValues.ToLocalInput(now, Zone);
        Input.ValidUntil = FormValues.ToLocalInput(now.AddDays(14), Zone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        var currency = Store!.Currency;
        long? Money(string? text, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var minor = MoneyFormat.ToMinor(FormValues.ParseNumber(text), currency);
            if (minor is null) ModelState.AddModelError(field, message);
            return minor;
        }
        int? Whole(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (int.TryParse(text.Trim(), out var n)) return n;
            ModelState.AddModelError(field, "Enter a whole number.");
            return null;
        }
        var amount = Money(Input.Amount, "Input.Amount", "Enter the amount like 1.50.");
        var cap = Money(Input.MaxDiscount, "Input.MaxDiscount", "Enter the amount like 1.50.");
        var minSpend = Money(Input.MinSpend, "Input.MinSpend", "Enter the amount like 1.50.");
        var percent = Whole(Input.Percent, "Input.Percent");
        var total = Whole(Input.TotalLimit, "Input.TotalLimit");
        var perShopper = Whole(Input.PerShopperLimit, "Input.PerShopperLimit");
        if (!ModelState.IsValid) return Page();
        var request = new CreateCoupon.CreateCouponRequest(StoreId, Input.Code, Input.Name, Input.Kind, amount, percent, cap, minSpend, Input.Scope,
            Input.Scope switch { CouponScope.Category => Input.CategoryId, CouponScope.Product => Input.ProductId, _ => null },
            FormValues.ParseLocal(Input.ValidFrom, Zone), FormValues.ParseLocal(Input.ValidUntil, Zone), total, perShopper, Input.Stackable, Input.Claimable);
        try
        {
            var outcome = await CreateCoupon.Execute(request, User, db, stores, clock, ct);
            if (outcome.Ok)
            {
                Notice("Coupon {0} is ready.", outcome.Value!.Code);
                return LocalRedirect($"/staff/stores/{StoreId}/coupons");
            }
            FormErrors.CopyErrors(outcome.Errors, ModelState, rename: new Dictionary<string, string>
            {
                ["amountMinor"] = "amount", ["maxDiscountMinor"] = "maxDiscount", ["minSpendMinor"] = "minSpend", ["scopeId"] = "scope",
                ["validFromUtc"] = "validFrom", ["validUntilUtc"] = "validUntil",
            });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid couponId, string? login, CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        try
        {
            var outcome = await ClaimCoupon.Issue(couponId, new ClaimCoupon.IssueCouponRequest(login), User, db, accounts, clock, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok) Notice("The coupon is in {0}'s wallet.", login?.Trim());
            else Problem(outcome.Value.Errors!.First().Value[0]);
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return LocalRedirect($"/staff/stores/{StoreId}/coupons");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid dealId, CancellationToken ct)
    {
        if (await ChangeCoupon.End(dealId, User, db, clock, ct, StoreId) is not { } coupon) return NotFound();
        Notice("The coupon {0} has ended: it can no longer be claimed or used. Orders already placed keep their discount.", coupon.Code);
        return LocalRedirect($"/staff/stores/{StoreId}/coupons");
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid dealId, CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        switch (await DealPageActions.ChangeFromForm<Coupon>(ModelState, Change.EndsAt, Zone, async until =>
        {
            var (total, totalError) = DealPageActions.Whole(Change.TotalLimit, "totalLimit");
            var (limit, limitError) = DealPageActions.Whole(Change.PerShopperLimit, "perShopperLimit");
            return (totalError ?? limitError) is { } error ? error
                : await ChangeCoupon.Execute(dealId, new ChangeCoupon.ChangeCouponRequest(until, total, limit), User, db, clock, ct, StoreId);
        }))
        {
            case null: return NotFound();
            case false: return Page();
        }
        Notice("The coupon {0} is changed.", Coupons.FirstOrDefault(c => c.Id == dealId)?.Code);
        return LocalRedirect($"/staff/stores/{StoreId}/coupons");
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        Store = await stores.Terms(StoreId, ct);
        if (Store is null) return false;
        Zone = StoreTime.Zone(Store.TimeZone);
        Coupons = await ListCoupons.OfStore(StoreId, db, ct);
        Skus = await StaffCatalog.Skus(catalog, StoreId, ct);
        Categories = await catalog.Categories(ct);
        return true;
    }
}
