using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>"Add to cart" from a product page: adds to the line, then goes back where the shopper was.</summary>
internal sealed class CartAddModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/cart");

    /// <param name="note">The note the product page was opened from (<c>?note=</c>); anything that is not a note id is ignored.</param>
    public async Task<IActionResult> OnPostAsync(Guid? storeId, Guid? skuId, int? quantity, string? returnUrl, string? note, CancellationToken ct)
    {
        var back = ShopperCart.LocalPath(returnUrl) ?? "/cart";
        var owner = await ShopperCart.Owner(HttpContext, db, clock, createVisitorToken: true, ct);
        try
        {
            var outcome = await ManageCart.Change(owner,
                new ManageCart.CartLineRequest(storeId, skuId, quantity ?? 1, Guid.TryParse(note, out var noteId) ? noteId : null), add: true, db, stores,
                catalog, clock, ct);
            if (outcome.Ok) TempData[FlashMessages.NoticeKey] = "Added to your cart";
            else TempData[FlashMessages.ProblemKey] = outcome.Errors!.SelectMany(e => e.Value).First();
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect(back);
    }
}
