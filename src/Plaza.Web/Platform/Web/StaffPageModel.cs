using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Platform.Web;

/// <summary>
/// A back-office page of one store ({storeId} in the route). Only its staff get past this: anyone
/// else gets a 404, since which stores exist behind the counter is nobody else's business.
/// </summary>
[Authorize]
internal abstract class StaffPageModel : PageModel
{
    public Guid StoreId { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!Guid.TryParse(context.RouteData.Values["storeId"]?.ToString(), out var storeId) || !User.IsStaffOf(storeId))
        {
            context.Result = NotFound();
            return;
        }
        StoreId = storeId;
        await next();
    }

    /// <summary>A one-line message for the next page; {0} in the English text is filled with <paramref name="argument"/>.</summary>
    protected void Notice(string message, string? argument = null) => TempData.Notice(message, argument);

    protected void Problem(string message) => TempData.Problem(message);
}
