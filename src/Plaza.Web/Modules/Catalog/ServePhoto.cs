using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog;

internal static class ServePhoto
{
    public static Results<PhysicalFileHttpResult, NotFound> Handle(string fileName, PhotoStorage storage, HttpContext http)
    {
        var path = storage.Resolve(fileName);
        if (path is null || !File.Exists(path)) return TypedResults.NotFound();
        var type = Path.GetExtension(path) switch
        {
            ".jpg" => "image/jpeg",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        // Pictures never run script, even if one slipped into an SVG.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.PhysicalFile(path, type);
    }
}
