using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity.Pages;

/// <summary>Ends the session everywhere (the row is deleted), then forgets the cookie.</summary>
internal sealed class SignOutModel(PlazaDb db) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Plaza.Web.Modules.Identity.SignOut.Execute(User, db, ct);
        Response.Cookies.Delete(AuthSchemes.CookieName,
            new CookieOptions { Path = "/", Secure = Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Redirect("/");
    }
}
