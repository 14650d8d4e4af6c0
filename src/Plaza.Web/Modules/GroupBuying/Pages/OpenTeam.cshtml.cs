using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.GroupBuying.Pages;

/// <summary>"Start a team" on the product page posts here: the shopper's order opens the team (seat 1), then the payment page.</summary>
internal sealed class OpenTeamModel(PlazaDb db, IPlaceAndPay placeAndPay) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(Guid? dealId, int? quantity, Guid? pickupPointId, CancellationToken ct)
    {
        var deal = dealId is { } id ? await db.Set<GroupBuyDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) : null;
        if (deal is null) return NotFound();
        var back = $"/stores/{deal.StoreId}/products/{deal.ProductId}";
        if (User.AccountId() is null) return LocalRedirect($"/account/sign-in?returnUrl={Uri.EscapeDataString(back)}");
        var outcome = await placeAndPay.PickupWithOffer(deal.StoreId, [new OrderItem(deal.SkuId, quantity ?? 1)], pickupPointId,
            new OfferRef(GroupBuyPriceRule.OfferKind, deal.Id), User, ct);
        if (outcome.Placed) return Redirect(outcome.Next!);
        // Back to the product page, with the reason on top.
        TempData[FlashMessages.ProblemKey] = outcome.Problems.FirstOrDefault();
        return LocalRedirect(back);
    }
}
