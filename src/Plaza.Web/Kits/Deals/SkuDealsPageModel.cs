using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Kits.Deals;

/// <summary>An item a staff deal form offers: one listed SKU of the store at its price there ("Product — Label").</summary>
internal sealed record DealSkuChoice(Guid SkuId, string Name, long PriceMinor, string Currency)
{
    /// <summary>The items a deal or campaign form offers: the store's listed SKUs (Catalog's list), the first 300.</summary>
    public static async Task<IReadOnlyList<DealSkuChoice>> Of(Guid storeId, ICatalogChoices catalog, CancellationToken ct) =>
        (await catalog.ListedSkus(storeId, 300, ct)).Select(s => new DealSkuChoice(s.SkuId, s.ProductName + " — " + s.SkuLabel, s.PriceMinor, s.Currency))
            .ToList();
}

/// <summary>One text field of a deal form (create or change): its name under the form's prefix, label, hint and value; all texts already translated.</summary>
internal sealed record DealField(string Name, string Label, string Hint, string? Value);

/// <summary>The create form's item picker.</summary>
internal sealed record DealItemPicker(IReadOnlyList<DealSkuChoice> Skus, Guid? Selected);

/// <summary>The fields of a create form ("Input.X") or of one deal's change form ("Change.X", ids made unique with <see cref="IdPrefix"/>).</summary>
internal sealed record DealFields(string Prefix, IReadOnlyList<DealField> Fields, string? IdPrefix = null);

/// <summary>
/// A form to change one deal that has not ended: its new end and the kind's own fields, with a note saying why
/// the price cannot change. Posted to the page's "Change" handler with the deal's id. Texts already translated.
/// </summary>
internal sealed record DealChangeForm(Guid DealId, string ItemName, string EndsAt, string EndsLabel, IReadOnlyList<DealField> Fields, string PriceNote);

/// <summary>The "Runs until" cell and the "End" action of one deal in a staff table.</summary>
internal sealed record DealRunsUntil(Guid DealId, string ItemName, DateTime EndsAtUtc, bool Active);

/// <summary>What the staff pages of deals, flash sales and coupons do alike when one is changed.</summary>
internal static class DealPageActions
{
    /// <summary>
    /// Runs a change: true when it was saved; false when it was refused (its messages go to the top of the page,
    /// since each deal has its own small form); null when there is no such deal at this store.
    /// </summary>
    public static async Task<bool?> TryChange<T>(ModelStateDictionary modelState, Func<Task<Outcome<T>?>> change)
    {
        try
        {
            var outcome = await change();
            if (outcome is not { } o) return null;
            if (o.Ok) return true;
            foreach (var message in o.Errors!.Values.SelectMany(m => m)) modelState.AddModelError("", message);
            return false;
        }
        catch (DomainException e)
        {
            modelState.AddModelError("", e.Message);
            return false;
        }
    }

    /// <summary>
    /// A change form posted: reads its new end (a datetime-local value in <paramref name="zone"/>; empty: unchanged)
    /// and runs the change with it, as <see cref="TryChange{T}"/>.
    /// </summary>
    public static async Task<bool?> ChangeFromForm<T>(ModelStateDictionary modelState, string? endsAt, TimeZoneInfo zone,
        Func<DateTime?, Task<Outcome<T>?>> change)
    {
        DateTime? end = null;
        if (!string.IsNullOrWhiteSpace(endsAt) && (end = FormValues.ParseLocal(endsAt, zone)) is null)
        {
            modelState.AddModelError("", "Enter when the deal ends as a date and time.");
            return false;
        }
        return await TryChange(modelState, () => change(end));
    }

    /// <summary>A whole number from a text field of a change form (empty: unchanged); errors by the use case's field name when it is not one.</summary>
    public static (int? Value, Validator? Error) Whole(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? (n, null)
        : (null, new Validator().Add(field, "Enter a whole number."));
}

/// <summary>What every staff deal form asks: the item and how many days the deal runs (from now).</summary>
internal class SkuDealInput
{
    public Guid? SkuId { get; set; }
    public int? Days { get; set; } = 7;
}

/// <summary>What every change form asks: the new end, as a datetime-local value in UTC (empty: unchanged).</summary>
internal class SkuDealChangeInput
{
    public string? EndsAt { get; set; }
}

/// <summary>
/// The back-office page of one kind of SKU deal (team group buys, bargains): the store's deals with their own
/// counts, "End" and a change form for each running one, and a form for a new deal. Each kind's page keeps only
/// its own fields, counts and texts; loading, the item picker, the days it runs, ending and changing are here.
/// </summary>
internal abstract class SkuDealsPageModel<TDeal, TRow, TInput, TChange> : StaffPageModel
    where TDeal : SkuDeal where TInput : SkuDealInput, new() where TChange : SkuDealChangeInput, new()
{
    protected SkuDealsPageModel(PlazaDb db, IStoreDirectory stores, ICatalogChoices catalog, TimeProvider clock) =>
        (Db, Stores, _catalog, Clock) = (db, stores, catalog, clock);

    private readonly ICatalogChoices _catalog;

    protected PlazaDb Db { get; }
    protected IStoreDirectory Stores { get; }
    protected TimeProvider Clock { get; }

    [BindProperty] public TInput Input { get; set; } = new();
    [BindProperty] public TChange Change { get; set; } = new();
    public string StoreName { get; private set; } = "";
    public IReadOnlyList<DealSkuChoice> Skus { get; private set; } = [];
    public IReadOnlyList<TRow> Deals { get; private set; } = [];
    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>The page's path under /staff/stores/{storeId}/, like "bargains".</summary>
    protected abstract string PathSegment { get; }
    protected abstract string CreatedNotice { get; }
    protected abstract string EndedNotice { get; }

    /// <summary>The use case's field names that are not simply the input's name in camel case (e.g. floorPriceMinor → FloorPrice).</summary>
    protected abstract IReadOnlyDictionary<string, string> InputNames { get; }

    /// <summary>The kind's own field checks on <see cref="Input"/> (errors go to ModelState), before the days it runs.</summary>
    protected abstract void CheckInput();

    protected abstract Task<Outcome<TDeal>?> CreateAsync(DateTime startsAtUtc, DateTime endsAtUtc, CancellationToken ct);

    /// <summary>Changes the deal with <see cref="Change"/> (the kind's fields) and the new end.</summary>
    protected abstract Task<Outcome<TDeal>?> ChangeAsync(Guid dealId, DateTime? endsAtUtc, CancellationToken ct);

    protected abstract Task<IReadOnlyList<TRow>> RowsAsync(IReadOnlyList<TDeal> deals, CancellationToken ct);

    /// <summary>The value of a datetime-local input for a UTC time.</summary>
    public static string LocalInput(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        CheckInput();
        if (Input.Days is not (>= 1 and <= 90)) ModelState.AddModelError("Input.Days", "A deal runs for 1 to 90 days.");
        if (!ModelState.IsValid) return Page();
        var now = Now;
        try
        {
            var outcome = await CreateAsync(now, now.AddDays(Input.Days!.Value), ct);
            if (outcome is not { } o) return NotFound();
            if (!o.Ok)
            {
                foreach (var (field, messages) in o.Errors!)
                    foreach (var message in messages)
                        ModelState.AddModelError(
                            "Input." + (InputNames.TryGetValue(field, out var name) ? name : char.ToUpperInvariant(field[0]) + field[1..]), message);
                return Page();
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        Notice(CreatedNotice);
        return Back();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid dealId, CancellationToken ct)
    {
        if (await SkuDeals.End<TDeal>(dealId, User, Db, Clock, ct, StoreId) is null) return NotFound();
        Notice(EndedNotice);
        return Back();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid dealId, CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        switch (await DealPageActions.ChangeFromForm(ModelState, Change.EndsAt, TimeZoneInfo.Utc, end => ChangeAsync(dealId, end, ct)))
        {
            case null: return NotFound();
            case false: return Page();
        }
        Notice("Deal changed. Teams, bargains and orders already begun keep their terms.");
        return Back();
    }

    protected static (int? Value, Validator? Error) Whole(string? text, string field) => DealPageActions.Whole(text, field);

    private LocalRedirectResult Back() => LocalRedirect($"/staff/stores/{StoreId}/{PathSegment}");

    private async Task<bool> Load(CancellationToken ct)
    {
        if (await Stores.Terms(StoreId, ct) is not { } store) return false;
        StoreName = store.Name;
        Skus = await DealSkuChoice.Of(StoreId, _catalog, ct);
        Deals = await RowsAsync(await SkuDeals.List<TDeal>(StoreId, null, all: true, Db, Now, ct), ct);
        return true;
    }
}
