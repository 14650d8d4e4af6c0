namespace Plaza.Web.Platform.Web;

/// <summary>
/// Browser-side defences for every response: no MIME sniffing, no framing, a strict referrer policy,
/// and for pages a content security policy that allows only this site's own scripts (no inline script,
/// so injected markup cannot run). Geolocation stays allowed for "find the nearest store".
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=()";
            // The API explorer ships its own scripts; photos set their own stricter policy.
            if (!http.Request.Path.StartsWithSegments("/api-docs") && !headers.ContainsKey("Content-Security-Policy"))
                headers.ContentSecurityPolicy = PagePolicy;
            return Task.CompletedTask;
        });
        await next(http);
    });
}
