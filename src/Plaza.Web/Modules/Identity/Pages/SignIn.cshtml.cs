using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Localization;
using SignInUseCase = Plaza.Web.Modules.Identity.SignIn;

namespace Plaza.Web.Modules.Identity.Pages;

/// <summary>Sign in with an email address or mobile number; the session token goes in the plaza_session cookie.</summary>
[EnableRateLimiting(AuthRateLimit.Policy)]
internal sealed class SignInModel(PlazaDb db, IPasswordHasher<Account> hasher, SignInThrottle throttle, IEnumerable<IBrowserSignInStep> steps,
    TimeProvider clock) : PageModel
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

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var outcome = await SignInUseCase.Execute(new SignInUseCase.SignInRequest(Input.Login, Input.Password), "cookie",
                HttpContext.Connection.RemoteIpAddress, db, hasher, throttle, clock, ct);
            if (!outcome.Ok)
            {
                outcome.CopyTo(ModelState);
                return Page();
            }
            await SignedIn(HttpContext, outcome.Value!, steps, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
    }

    /// <summary>The session cookie and the account's language, then what other modules do on signing in (the visitor's cart
    /// moves into the account) before the redirect.</summary>
    public static async Task SignedIn(HttpContext http, SignInUseCase.SignedIn session, IEnumerable<IBrowserSignInStep> steps, CancellationToken ct)
    {
        IssueSessionCookie(http, session);
        // The account's language wins: a Spanish shopper signing in on a shared or new browser reads Spanish from here on.
        var culture = session.Account.PreferredCulture;
        if (CultureCookie.IsSupported(culture)) CultureCookie.Set(http, culture);
        foreach (var step in steps) await step.AfterSignIn(http, session.Account.Id, ct);
    }

    /// <summary>The session cookie: script cannot read it, it is not sent cross-site on posts, HTTPS-only when served over HTTPS.</summary>
    private static void IssueSessionCookie(HttpContext http, SignInUseCase.SignedIn session) =>
        http.Response.Cookies.Append(AuthSchemes.CookieName, session.Token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            Path = "/",
            Expires = new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAtUtc, DateTimeKind.Utc)),
        });

    /// <summary>Only addresses on this site; anything else (another host, "//evil", "/\evil") goes home.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
