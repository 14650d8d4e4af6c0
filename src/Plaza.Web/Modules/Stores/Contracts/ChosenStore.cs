namespace Plaza.Web.Modules.Stores.Contracts;

/// <summary>The store a shopper picked, kept in a cookie for a year so they land back in their own shop.</summary>
internal static class ChosenStore
{
    public const string CookieName = "plaza_store";

    public static Guid? Id(HttpRequest request) =>
        Guid.TryParse(request.Cookies[CookieName], out var id) ? id : null;

    public static void Remember(HttpContext http, Guid storeId, DateTimeOffset now) =>
        http.Response.Cookies.Append(CookieName, storeId.ToString(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            Path = "/",
            Expires = now.AddYears(1),
        });
}
