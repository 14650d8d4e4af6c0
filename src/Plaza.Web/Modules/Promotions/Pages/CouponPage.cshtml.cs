using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>
/// One coupon campaign's own page, to share: what it takes off and where, how many are left, whether it has started or ended,
/// and a Claim button (signed out: sign in and come back). Coupons staff only issue have no page (404).
/// </summary>
internal sealed class CouponPageModel(PlazaDb db, IStoreDirectory stores, ICatalogChoices catalog, IProductSummaries products, TimeProvider clock) : PageModel
{
    public GetCoupon.PublicCouponView View { get; private set; } = null!;
    public CouponView Coupon => View.Coupon;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    /// <summary>How many of this coupon the signed-in shopper holds (used or not).</summary>
    public int Held { get; private set; }
    public bool CanClaim => View.State is "open" or "upcoming";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct)
    {
        var back = GetCoupon.UrlOf(id);
        if (User.AccountId() is null) return LocalRedirect("/account/sign-in?returnUrl=" + Uri.EscapeDataString(back));
        try
        {
            if (await ClaimCoupon.Claim(id, User, db, clock, ct) is null) return NotFound();
            TempData[FlashMessages.NoticeKey] = "The coupon is in your wallet. Use it at checkout.";
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect(back);
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await GetCoupon.Execute(id, db, stores, catalog, products, clock.GetUtcNow().UtcDateTime, ct) is not { } view) return false;
        View = view;
        if (await stores.Terms(view.Coupon.StoreId, ct) is { } store) Zone = StoreTime.Zone(store.TimeZone);
        if (User.AccountId() is { } me) Held = await db.Set<ShopperCoupon>().CountAsync(s => s.CouponId == id && s.CustomerId == me, ct);
        return true;
    }
}
