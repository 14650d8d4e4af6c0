using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Reviews.Pages;

/// <summary>
/// The product page's reviews section (registered with Catalog as a product page section): the rating summary and the
/// first page of reviews, most helpful first. Public because MVC finds only public view components; its services come
/// from the request.
/// </summary>
public sealed class ProductReviewsViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid storeId, Guid productId)
    {
        var services = HttpContext.RequestServices;
        var reviews = await ListProductReviews.Load(productId, "helpful", 1, UserClaimsPrincipal, services.GetRequiredService<PlazaDb>(),
            services.GetRequiredService<IAccountDirectory>(), HttpContext.RequestAborted);
        return View("/Modules/Reviews/Pages/_ProductReviews.cshtml", new ProductReviewsSection(reviews, $"/stores/{storeId}/products/{productId}"));
    }
}
