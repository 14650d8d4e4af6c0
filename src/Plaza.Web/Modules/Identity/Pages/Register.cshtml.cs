using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using SignInUseCase = Plaza.Web.Modules.Identity.SignIn;

namespace Plaza.Web.Modules.Identity.Pages;

/// <summary>Create an account, then sign straight in.</summary>
[EnableRateLimiting(AuthRateLimit.Policy)]
internal sealed class RegisterModel(PlazaDb db, IPasswordHasher<Account> hasher, SignInThrottle throttle, PasswordPolicy passwords,
    IShareAttribution attribution, IEnumerable<IBrowserSignInStep> steps, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string? Login { get; set; }
        public string? DisplayName { get; set; }
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var registered = await RegisterAccount.Execute(
                new RegisterAccount.RegisterRequest(Input.Login, Input.Password, Input.DisplayName, Request.Cookies[IShareAttribution.CookieName]), db, hasher,
                passwords, attribution, clock, ct);
            if (!registered.Ok)
            {
                registered.CopyTo(ModelState);
                PlainWords();
                return Page();
            }
            var signedIn = await SignInUseCase.Execute(new SignInUseCase.SignInRequest(Input.Login, Input.Password), "cookie",
                HttpContext.Connection.RemoteIpAddress, db, hasher, throttle, clock, ct);
            if (signedIn.Ok) await SignInModel.SignedIn(HttpContext, signedIn.Value!, steps, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Code == "login_taken" ? "Input.Login" : "", e.Message);
            return Page();
        }

        return LocalRedirect(SignInModel.SafeReturnUrl(Url, ReturnUrl));
    }

    /// <summary>The use case names fields the API way ("'displayName' is required."); people get a plain sentence.</summary>
    private void PlainWords()
    {
        if (ModelState["Input.DisplayName"] is { Errors.Count: > 0 })
        {
            ModelState.Remove("Input.DisplayName");
            ModelState.AddModelError("Input.DisplayName", "Enter your name, up to 80 characters.");
        }
    }
}
