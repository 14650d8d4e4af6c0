using System.Security.Cryptography;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// Whose cart a page works on. Visitors get a random token in an HttpOnly cookie; once they are
/// signed in, whatever that token's carts hold moves into their account (MergeCarts) and the cookie goes.
/// </summary>
internal static class ShopperCart
{
    public static readonly TimeSpan VisitorCookieLifetime = TimeSpan.FromDays(30);

    public static string? VisitorToken(HttpRequest request) =>
        request.Cookies[CartAccess.VisitorCookie] is { Length: >= 16 and <= 64 } token && token.All(char.IsAsciiLetterOrDigit) ? token : null;

    /// <param name="createVisitorToken">true when the page is about to put something in the cart.</param>
    public static async Task<CartOwner> Owner(HttpContext http, PlazaDb db, TimeProvider clock, bool createVisitorToken, CancellationToken ct)
    {
        var token = VisitorToken(http.Request);
        if (http.User.AccountId() is { } accountId)
        {
            if (token is not null)
            {
                await MergeCarts.Execute(token, accountId, db, clock, ct);
                http.Response.Cookies.Delete(CartAccess.VisitorCookie);
            }
            return new CartOwner(accountId, null);
        }
        if (token is null && createVisitorToken)
        {
            token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            http.Response.Cookies.Append(CartAccess.VisitorCookie, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                IsEssential = true,
                MaxAge = VisitorCookieLifetime,
            });
        }
        return new CartOwner(null, token);
    }

    /// <summary>Only paths on this site: never an open redirect.</summary>
    public static string? LocalPath(string? url) =>
        url is { Length: > 0 and <= 2000 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : null;
}
