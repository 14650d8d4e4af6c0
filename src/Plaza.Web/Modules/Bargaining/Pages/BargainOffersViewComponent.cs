using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining.Pages;

internal sealed record BargainOffersModel(IReadOnlyList<(BargainDeal Deal, Guid? MyBargain)> Deals, bool SignedIn, string ReturnUrl);

/// <summary>
/// On the product page (<c>@await Component.InvokeAsync("BargainOffers", new { storeId, productId })</c>): each running
/// bargain deal as "Ask friends to cut the price" (down to the floor), or a link to the shopper's own open bargain.
/// Public because MVC finds only public view components; its services come from the request.
/// </summary>
public sealed class BargainOffersViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid storeId, Guid productId)
    {
        var db = HttpContext.RequestServices.GetRequiredService<PlazaDb>();
        var reader = HttpContext.RequestServices.GetRequiredService<BargainReader>();
        var ct = HttpContext.RequestAborted;
        var deals = await ListBargainDeals.Execute(storeId, productId, all: false, db, reader.Now, ct);
        if (deals.Count == 0) return Content("");
        var me = UserClaimsPrincipal.AccountId();
        var list = new List<(BargainDeal, Guid?)>();
        foreach (var deal in deals) list.Add((deal, me is { } id ? await reader.OpenBargain(deal.Id, id, ct) : null));
        return View("/Modules/Bargaining/Pages/_BargainOffers.cshtml", new BargainOffersModel(list, me is not null, $"/stores/{storeId}/products/{productId}"));
    }
}
