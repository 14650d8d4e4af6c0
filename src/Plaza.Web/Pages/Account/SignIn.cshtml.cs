using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using AccountEntity = Plaza.Web.Modules.Identity.Account;
using SignInUseCase = Plaza.Web.Modules.Identity.SignIn;

namespace Plaza.Web.Pages.Account;

/// <summary>Sign in with an email address or mobile number; the session token goes in the plaza_session cookie.</summary>
[EnableRateLimiting(IdentityModule.AuthRateLimit)]
internal sealed class SignInModel(PlazaDb db, IPasswordHasher<AccountEntity> hasher, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string? Login { get; set; }
        public string? Password { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var outcome = await SignInUseCase.Execute(new SignInUseCase.SignInRequest(Input.Login, Input.Password), "cookie", db, hasher, clock, ct);
            if (!outcome.Ok)
            {
                outcome.CopyTo(ModelState);
                return Page();
            }
            IssueSessionCookie(HttpContext, outcome.Value!);
            await MergeVisitorCart(HttpContext, outcome.Value!.Account.Id, db, clock, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
    }

    /// <summary>The session cookie: script cannot read it, it is not sent cross-site on posts, HTTPS-only when served over HTTPS.</summary>
    public static void IssueSessionCookie(HttpContext http, SignInUseCase.SignedIn session) =>
        http.Response.Cookies.Append(AuthSchemes.CookieName, session.Token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            Path = "/",
            Expires = new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAtUtc, DateTimeKind.Utc)),
        });

    /// <summary>What the visitor put in a cart before signing in moves into the account's cart.</summary>
    public static async Task MergeVisitorCart(HttpContext http, Guid accountId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!http.Request.Cookies.TryGetValue(CartAccess.VisitorCookie, out var token) || token.Length is 0 or > 64) return;
        await MergeCarts.Execute(token, accountId, db, clock, ct);
        http.Response.Cookies.Delete(CartAccess.VisitorCookie);
    }

    /// <summary>Only addresses on this site; anything else (another host, "//evil", "/\evil") goes home.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
