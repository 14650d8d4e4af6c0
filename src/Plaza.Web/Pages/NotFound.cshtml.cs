using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plaza.Web.Pages;

[AllowAnonymous]
internal sealed class NotFoundModel : PageModel
{
    // A real 404 for browsers and crawlers; status code pages leave it alone because the page has a body.
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
