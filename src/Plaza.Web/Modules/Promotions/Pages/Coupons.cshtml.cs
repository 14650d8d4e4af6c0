using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>The chosen store's coupons to claim, and (signed in) the coupons in my wallet, usable ones first.</summary>
internal sealed class CouponsModel(PlazaDb db, IStoreDirectory stores, TimeProvider clock) : PageModel
{
    public StoreTerms? Store { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<CouponView> Claimable { get; private set; } = [];
    public IReadOnlyList<WalletCouponView> Mine { get; private set; } = [];
    public HashSet<Guid> Held { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostClaimAsync(Guid couponId, Guid? store, CancellationToken ct)
    {
        var back = store is { } s ? $"/coupons?store={s}" : "/coupons";
        if (User.AccountId() is null) return LocalRedirect("/account/sign-in?returnUrl=" + Uri.EscapeDataString(back));
        try
        {
            if (await ClaimCoupon.Claim(couponId, User, db, clock, ct) is null) return NotFound();
            TempData[FlashMessages.NoticeKey] = "The coupon is in your wallet. Use it at checkout.";
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect(back);
    }

    private async Task Load(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if ((Guid.TryParse(Request.Query["store"], out var asked) ? asked : ChosenStore.Id(Request)) is { } storeId
            && await stores.Terms(storeId, ct) is { } store)
        {
            Store = store;
            Zone = StoreTime.Zone(store.TimeZone);
            Claimable = await ListCoupons.Claimable(store.Id, db, now, ct);
        }
        if (User.AccountId() is { } me)
        {
            Mine = await ListCoupons.Mine(me, Store?.Id, db, now, ct);
            foreach (var w in Mine) Held.Add(w.Coupon.Id);
        }
    }
}
