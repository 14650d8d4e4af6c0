using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions.Pages;

/// <summary>
/// The product page's flash sale: running or upcoming sales of the product's SKUs at the store
/// (<c>@await Component.InvokeAsync("FlashSaleBanner", new { storeId, productId })</c>). Public because MVC
/// finds only public view components; its services are internal, so it takes them from the request.
/// </summary>
public sealed class FlashSaleBannerViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid storeId, Guid productId)
    {
        var db = HttpContext.RequestServices.GetRequiredService<PlazaDb>();
        var now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var sales = (await ListFlashSales.ForProduct(storeId, productId, db, now, HttpContext.RequestAborted)).Select(s => FlashSaleView.From(s, now)).ToList();
        if (sales.Count == 0) return Content("");
        var zone = (await HttpContext.RequestServices.GetRequiredService<IStoreDirectory>().Terms(storeId, HttpContext.RequestAborted))?.TimeZone;
        var account = HttpContext.User.AccountId();
        var reminded = account is null ? null : await FlashSaleReminders.Of(account, sales.Select(s => s.Id).ToList(), db, HttpContext.RequestAborted);
        return View("/Modules/Promotions/Pages/_FlashSaleBanner.cshtml", (sales, StoreTime.Zone(zone), reminded));
    }
}
