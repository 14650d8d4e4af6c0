using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>
/// The chosen store's flash sales that run now or start later, with real remaining quantities and a countdown; a
/// signed-in shopper may ask to be reminded when an upcoming one starts (also from the product page's banner).
/// </summary>
internal sealed class FlashSalesModel(PlazaDb db, IStoreDirectory stores, TimeProvider clock) : PageModel
{
    public StoreTerms? Store { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<FlashSaleView> Sales { get; private set; } = [];
    /// <summary>Sales this shopper asked to be reminded of; null when signed out.</summary>
    public IReadOnlySet<Guid>? Reminded { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if ((Guid.TryParse(Request.Query["store"], out var asked) ? asked : ChosenStore.Id(Request)) is not { } storeId
            || await stores.Terms(storeId, ct) is not { } store) return;
        Store = store;
        Zone = StoreTime.Zone(store.TimeZone);
        var now = clock.GetUtcNow().UtcDateTime;
        Sales = (await ListFlashSales.OfStore(store.Id, false, db, now, ct)).Select(s => FlashSaleView.From(s, now))
            .OrderBy(s => s.State == "upcoming").ThenBy(s => s.EndsAtUtc).ToList();
        if (User.AccountId() is { } account) Reminded = await FlashSaleReminders.Of(account, Sales.Select(s => s.Id).ToList(), db, ct);
    }

    public Task<IActionResult> OnPostRemindAsync(Guid saleId, string? returnUrl, CancellationToken ct) => Change(saleId, returnUrl, remind: true, ct);

    public Task<IActionResult> OnPostForgetAsync(Guid saleId, string? returnUrl, CancellationToken ct) => Change(saleId, returnUrl, remind: false, ct);

    private async Task<IActionResult> Change(Guid saleId, string? returnUrl, bool remind, CancellationToken ct)
    {
        var back = returnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/flash-sales";
        if (User.AccountId() is not { } account) return LocalRedirect("/account/sign-in?returnUrl=" + Uri.EscapeDataString(back));
        try
        {
            var done = remind ? await FlashSaleReminders.Set(saleId, account, db, clock, ct) : await FlashSaleReminders.Remove(saleId, account, db, ct);
            if (done is null) return NotFound();
            TempData[FlashMessages.NoticeKey] = remind ? "We will remind you when it starts." : "No reminder for this flash sale.";
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect(back);
    }
}
