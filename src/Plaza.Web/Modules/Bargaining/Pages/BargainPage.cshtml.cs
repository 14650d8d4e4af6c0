using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Bargaining.Pages;

/// <summary>
/// A bargain's page, the one its share link opens: the item, the price reached (start and floor), cuts so far
/// (friends by display name), time left. A signed-in friend cuts the price; the starter shares the link (the
/// Sharing module's link and QR code) and buys one at the price reached (pickup order, then the payment page).
/// </summary>
internal sealed class BargainPageModel(PlazaDb db, IStoreDirectory stores, BargainReader reader, INotifier notifier, IOptions<BargainingOptions> options,
    TimeProvider clock, IPlaceAndPay placeAndPay) : PageModel
{
    public BargainView Bargain { get; private set; } = null!;
    public IReadOnlyList<PickupPointRef> PickupPoints { get; private set; } = [];
    public bool IsStarter { get; private set; }
    public bool HasCut { get; private set; }
    public Guid? OrderId { get; private set; }
    public DateTime Now => reader.Now;

    [BindProperty] public Guid? PickupPointId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCutAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (User.AccountId() is not { } me) return LocalRedirect($"/account/sign-in?returnUrl={Uri.EscapeDataString(Bargain.Url)}");
        try
        {
            var cut = await CutBargain.Execute(id, me, db, notifier, options, clock, ct);
            TempData[FlashMessages.NoticeKey] = "You cut {0} off the price. Thank you!";
            TempData[FlashMessages.NoticeArgumentKey] = MoneyFormat.Format(cut!.AmountMinor, Bargain.Currency);
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect(Bargain.Url);
    }

    public async Task<IActionResult> OnPostBuyAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!IsStarter) return NotFound();
        var outcome = await placeAndPay.PickupWithOffer(Bargain.StoreId, [new OrderItem(Bargain.SkuId, 1)],
            PickupPointId ?? (PickupPoints.Count == 1 ? PickupPoints[0].Id : null), new OfferRef(BargainPriceRule.OfferKind, Bargain.Id), User, ct);
        if (outcome.Placed) return Redirect(outcome.Next!);
        foreach (var problem in outcome.Problems) ModelState.AddModelError("", problem);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await reader.Bargain(id, ct) is not { } bargain) return false;
        Bargain = bargain;
        PickupPoints = await stores.PickupPoints(bargain.StoreId, ct);
        if (User.AccountId() is { } me)
        {
            var row = await db.Set<Bargain>().AsNoTracking().FirstAsync(b => b.Id == id, ct);
            IsStarter = row.StarterId == me;
            OrderId = IsStarter ? row.OrderId : null;
            HasCut = await db.Set<BargainCut>().AnyAsync(c => c.BargainId == id && c.FriendId == me, ct);
        }
        return true;
    }
}
