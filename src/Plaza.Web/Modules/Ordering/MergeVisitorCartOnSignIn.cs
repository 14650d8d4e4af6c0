using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>On signing in or registering in the browser, what the visitor put in a cart moves into the account's cart (before the redirect).</summary>
internal sealed class MergeVisitorCartOnSignIn(PlazaDb db, TimeProvider clock) : IBrowserSignInStep
{
    public async Task AfterSignIn(HttpContext http, Guid accountId, CancellationToken ct)
    {
        if (!http.Request.Cookies.TryGetValue(CartAccess.VisitorCookie, out var token) || token.Length is 0 or > 64) return;
        await MergeCarts.Execute(token, accountId, db, clock, ct);
        http.Response.Cookies.Delete(CartAccess.VisitorCookie);
    }
}
