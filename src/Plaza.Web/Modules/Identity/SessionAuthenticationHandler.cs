using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

internal sealed class SessionAuthenticationOptions : AuthenticationSchemeOptions
{
    public bool FromCookie { get; set; }
}

/// <summary>
/// Resolves the session token (cookie for pages, Authorization: Bearer for the API) against the
/// sessions table on every request, so sign-out and account deletion take effect at once on every node.
/// </summary>
internal sealed class SessionAuthenticationHandler(
    IOptionsMonitor<SessionAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PlazaDb db,
    TimeProvider clock,
    IEnumerable<IClaimsContributor> contributors)
    : AuthenticationHandler<SessionAuthenticationOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null) return AuthenticateResult.NoResult();

        var hash = Session.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.Set<Session>().AsNoTracking()
            .Where(s => s.TokenHash == hash && s.ExpiresAtUtc > now)
            .Join(db.Set<Account>().Where(a => a.DeletedAtUtc == null), s => s.AccountId, a => a.Id, (s, a) => new { Session = s, Account = a })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail("Session expired or signed out.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, found.Account.Id.ToString()),
            new(ClaimTypes.Name, found.Account.DisplayName),
            new(AuthSchemes.SessionIdClaim, found.Session.Id.ToString()),
        };
        claims.AddRange(found.Account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        foreach (var contributor in contributors)
            claims.AddRange(await contributor.ClaimsFor(found.Account.Id, Context.RequestAborted));

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    private string? ReadToken()
    {
        if (Options.FromCookie)
            return Request.Cookies.TryGetValue(AuthSchemes.CookieName, out var cookie) && cookie.Length is > 0 and < 200 ? cookie : null;
        var header = Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length < 220 ? header[7..].Trim() : null;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Options.FromCookie)
        {
            var returnUrl = Request.PathBase + Request.Path + Request.QueryString;
            Response.Redirect("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
            return Task.CompletedTask;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (Options.FromCookie)
        {
            Response.Redirect("/account/denied");
            return Task.CompletedTask;
        }
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
