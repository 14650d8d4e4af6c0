using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Bargaining.Pages;

/// <summary>"Ask friends to cut the price" on the product page posts here: the bargain starts, then its page (to share).</summary>
internal sealed class StartBargainModel(PlazaDb db, ICatalogOffers catalog, BargainReader reader, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(Guid? dealId, CancellationToken ct)
    {
        var deal = dealId is { } id ? await db.Set<BargainDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) : null;
        if (deal is null) return NotFound();
        var back = $"/stores/{deal.StoreId}/products/{deal.ProductId}";
        if (User.AccountId() is not { } me) return LocalRedirect($"/account/sign-in?returnUrl={Uri.EscapeDataString(back)}");
        if (await reader.OpenBargain(deal.Id, me, ct) is { } open) return LocalRedirect($"/bargains/{open}");
        try
        {
            var bargain = await StartBargain.Execute(deal.Id, me, db, catalog, clock, ct);
            return LocalRedirect($"/bargains/{bargain!.Id}");
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
            return LocalRedirect(back);
        }
    }
}
