using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.GroupBuying.Pages;

internal sealed record GroupBuyOffersModel(IReadOnlyList<(GroupBuyDeal Deal, IReadOnlyList<TeamView> Teams)> Deals, IReadOnlyList<PickupPointRef> PickupPoints,
    DateTime Now, bool SignedIn, string ReturnUrl);

/// <summary>
/// On the product page (<c>@await Component.InvokeAsync("GroupBuyOffers", new { storeId, productId })</c>): each running
/// deal as "Team price £x with N people", "Start a team", and the teams one can join now (members so far, spots left,
/// time left). Public because MVC finds only public view components; its services come from the request.
/// </summary>
public sealed class GroupBuyOffersViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid storeId, Guid productId)
    {
        var db = HttpContext.RequestServices.GetRequiredService<PlazaDb>();
        var reader = HttpContext.RequestServices.GetRequiredService<TeamReader>();
        var ct = HttpContext.RequestAborted;
        var now = reader.Now;
        var deals = await ListTeamDeals.Execute(storeId, productId, all: false, db, now, ct);
        if (deals.Count == 0) return Content("");
        var list = new List<(GroupBuyDeal, IReadOnlyList<TeamView>)>();
        foreach (var deal in deals) list.Add((deal, await reader.OpenTeams(deal.Id, 5, ct)));
        var points = await HttpContext.RequestServices.GetRequiredService<IStoreDirectory>().PickupPoints(storeId, ct);
        return View("/Modules/GroupBuying/Pages/_GroupBuyOffers.cshtml",
            new GroupBuyOffersModel(list, points, now, UserClaimsPrincipal.Identity?.IsAuthenticated == true, $"/stores/{storeId}/products/{productId}"));
    }
}
