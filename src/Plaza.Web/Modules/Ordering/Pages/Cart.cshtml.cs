using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>The cart at the chosen store. Visitors may use it before signing in (cookie token).</summary>
internal sealed class CartModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock) : PageModel
{
    public StoreTerms? Store { get; private set; }
    public CartView? Cart { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await Load(ct);
        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync(Guid skuId, int? quantity, CancellationToken ct) => Change(skuId, quantity, ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid skuId, CancellationToken ct) => Change(skuId, 0, ct);

    private async Task<IActionResult> Change(Guid skuId, int? quantity, CancellationToken ct)
    {
        if (ChosenStore.Id(Request) is not { } storeId) return RedirectToPage();
        var owner = await ShopperCart.Owner(HttpContext, db, clock, createVisitorToken: false, ct);
        if (!owner.IsKnown) return RedirectToPage();
        try
        {
            var outcome = await ManageCart.Change(owner, new ManageCart.CartLineRequest(storeId, skuId, quantity), add: false, db, stores, catalog, clock, ct);
            if (outcome.Ok)
            {
                TempData[FlashMessages.NoticeKey] = quantity == 0 ? "Removed from your cart" : "Your cart is updated";
                return RedirectToPage();
            }
            foreach (var message in outcome.Errors!.SelectMany(e => e.Value))
                ModelState.AddModelError($"qty-{skuId}", message);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError($"qty-{skuId}", e.Message);
        }
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        if (ChosenStore.Id(Request) is not { } storeId) return;
        Store = await stores.Terms(storeId, ct);
        if (Store is null) return;
        var owner = await ShopperCart.Owner(HttpContext, db, clock, createVisitorToken: false, ct);
        Cart = await ManageCart.View(owner, storeId, db, stores, catalog, ct);
    }
}
