using Microsoft.AspNetCore.Localization;

namespace Plaza.Web.Platform.Localization;

/// <summary>The page language a browser keeps (ASP.NET Core's culture cookie), set by the language buttons and on sign-in.</summary>
internal static class CultureCookie
{
    public static bool IsSupported(string? culture) => culture is not null && JsonStringLocalizerFactory.Cultures.Contains(culture);

    public static void Set(HttpContext http, string culture) =>
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
}

/// <summary>A module that remembers the language a signed-in person chose (Identity keeps it on the account).</summary>
internal interface ICultureChoice
{
    Task Chosen(HttpContext http, string culture, CancellationToken ct);
}
