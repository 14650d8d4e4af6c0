using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Ordering.Pages;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>The chosen store's flash sales that run now or start later, with real remaining quantities and a countdown.</summary>
internal sealed class FlashSalesModel(PlazaDb db, TimeProvider clock) : PageModel
{
    public Store? Store { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<FlashSaleView> Sales { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if ((Guid.TryParse(Request.Query["store"], out var asked) ? asked : OrderText.ChosenStoreId(Request)) is not { } storeId || await GetStore.Load(db, storeId, ct) is not { } store) return;
        Store = store;
        Zone = OrderText.Zone(store.TimeZone);
        var now = clock.GetUtcNow().UtcDateTime;
        Sales = (await FlashSales.OfStore(store.Id, false, db, now, ct)).Select(s => FlashSaleView.From(s, now))
            .OrderBy(s => s.State == "upcoming").ThenBy(s => s.EndsAtUtc).ToList();
    }
}
