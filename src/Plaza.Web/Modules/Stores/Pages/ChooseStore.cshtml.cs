using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Stores.Pages;

/// <summary>Choose a store (the home page, /): the nearest one (the browser's location), by name, or from the list.</summary>
internal sealed class ChooseStoreModel(PlazaDb db, IStoreDirectory directory, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StoreView> Stores { get; private set; } = [];
    public StoreTerms? ChosenStore { get; private set; }
    public string? Q { get; private set; }
    public bool Near { get; private set; }

    public async Task OnGetAsync(double? lat, double? lng, string? q, CancellationToken ct)
    {
        Q = q?.Trim();
        if (!ModelState.IsValid)
        {
            // lat/lng that are not numbers: the browser sent something odd; say it plainly and list every store.
            ModelState.Clear();
            ModelState.AddModelError("", "We could not use your location. Search by name instead.");
            lat = lng = null;
        }
        if (Contracts.ChosenStore.Id(Request) is { } chosen) ChosenStore = await directory.Terms(chosen, ct);

        var outcome = await ListStores.Execute(db, lat, lng, string.IsNullOrEmpty(Q) ? null : Q, ct);
        if (outcome.Ok)
        {
            Stores = outcome.Value!;
            Near = lat is not null && lng is not null;
            return;
        }
        foreach (var (field, _) in outcome.Errors!)
        {
            if (field == "q") ModelState.AddModelError("q", "Search at most 100 characters.");
            else ModelState.AddModelError("", "We could not use your location. Search by name instead.");
        }
        // Still show every store, so there is always a way forward.
        Stores = (await ListStores.Execute(db, null, null, null, ct)).Value ?? [];
    }

    public async Task<IActionResult> OnPostChooseAsync(Guid storeId, CancellationToken ct)
    {
        if (await directory.Terms(storeId, ct) is null) return NotFound();
        Contracts.ChosenStore.Remember(HttpContext, storeId, clock.GetUtcNow());
        return Redirect($"/stores/{storeId}");
    }
}
