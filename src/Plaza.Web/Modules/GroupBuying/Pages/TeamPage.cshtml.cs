using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.GroupBuying.Pages;

/// <summary>
/// A team's page, the one its share link opens: what it buys at what price, who is in (display names),
/// spots left, time left, and "Join this team" (pickup order at the team price, then the payment page).
/// Members see their order and a Share button (the Sharing module's link and QR code for the team).
/// </summary>
internal sealed class TeamPageModel(IStoreDirectory stores, TeamReader reader, IPlaceAndPay placeAndPay) : PageModel
{
    public TeamView Team { get; private set; } = null!;
    public IReadOnlyList<PickupPointRef> PickupPoints { get; private set; } = [];
    public Guid? MyOrder { get; private set; }
    public DateTime Now => reader.Now;

    [BindProperty] public int Quantity { get; set; } = 1;
    [BindProperty] public Guid? PickupPointId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostJoinAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (User.AccountId() is null) return LocalRedirect($"/account/sign-in?returnUrl={Uri.EscapeDataString($"/group-buys/{id}")}");
        if (Quantity < 1 || Quantity > Team.PerShopperLimit)
            ModelState.AddModelError(nameof(Quantity), "That is more than one shopper may buy at the team price.");
        if (!ModelState.IsValid) return Page();
        var outcome = await placeAndPay.PickupWithOffer(Team.StoreId, [new OrderItem(Team.SkuId, Quantity)],
            PickupPointId ?? (PickupPoints.Count == 1 ? PickupPoints[0].Id : null), new OfferRef(GroupBuyPriceRule.OfferKind, Team.Id), User, ct);
        if (outcome.Placed) return Redirect(outcome.Next!);
        foreach (var problem in outcome.Problems) ModelState.AddModelError("", problem);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await reader.Team(id, ct) is not { } team) return false;
        Team = team;
        PickupPoints = await stores.PickupPoints(team.StoreId, ct);
        if (User.AccountId() is { } me) MyOrder = await reader.SeatOrder(id, me, ct);
        return true;
    }
}
