namespace Plaza.Web.Platform.Web;

/// <summary>
/// What is sent to a signed-in person is theirs (an export of their data, their account, their orders): no browser or shared cache
/// may keep a copy for the next person at the same computer. A response that set its own Cache-Control keeps it.
/// </summary>
internal static class PrivateResponses
{
    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            // Read when the response starts: by then the endpoint's authorization policy has set User (bearer or cookie).
            var personal = http.User.Identity?.IsAuthenticated == true || http.Request.Headers.Authorization.Count > 0;
            if (personal && !http.Response.Headers.ContainsKey("Cache-Control")) http.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(http);
    });
}
