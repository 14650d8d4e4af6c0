using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Data;
using QRCoder;

namespace Plaza.Web.Modules.Sharing;

/// <summary>
/// The QR code of a link's absolute address (scheme and host of this request), as a PNG made without
/// System.Drawing. A code's picture never changes, so browsers and proxies may keep it for a day.
/// </summary>
internal static class ShareQrCode
{
    public static string AbsoluteUrl(HttpRequest request, string code) => $"{request.Scheme}://{request.Host}{ShareCode.PathOf(code)}";

    public static byte[] Png(string text, int pixelsPerModule = 10)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Handle(string code, HttpContext http, PlazaDb db, CancellationToken ct)
    {
        var link = await VisitShareLink.Find(db, code, ct);
        if (link is null) return TypedResults.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.File(Png(AbsoluteUrl(http.Request, link.Code)), "image/png");
    }
}
