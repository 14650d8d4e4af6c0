using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing;

/// <summary>
/// Someone follows a share link: the visit is counted (by a hash of a random visitor cookie, never an
/// address), the browser carries the code for the attribution window (plaza_ref), and goes on to the
/// target's page. An unknown or malformed code, or a target that is gone, is the friendly 404.
/// </summary>
internal static class VisitShareLink
{
    public const string VisitorCookie = "plaza_vid";

    public static async Task<Results<RedirectHttpResult, NotFound>> Handle(string code, HttpContext http, PlazaDb db, ShareTargets targets,
        TimeProvider clock, IOptions<SharingOptions> options, CancellationToken ct)
    {
        var link = await Find(db, code, ct);
        if (link is null) return TypedResults.NotFound();
        var target = await targets.Find(link, ct);
        if (target is null) return TypedResults.NotFound();

        var now = clock.GetUtcNow();
        await Count(db, link.Id, ShareVisit.HashVisitor(VisitorId(http, now)), now.UtcDateTime, ct);
        http.Response.Cookies.Append(IShareAttribution.CookieName, link.Code, Cookie(http, now + options.Value.Window));
        return TypedResults.Redirect(target.Url);
    }

    public static async Task<ShareLink?> Find(PlazaDb db, string? code, CancellationToken ct) =>
        ShareCode.Normalize(code) is { } c ? await db.Set<ShareLink>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == c, ct) : null;

    /// <summary>One more visit on today's row for this visitor, or today's first: conditional statements, no read-modify-write.</summary>
    internal static async Task Count(PlazaDb db, Guid linkId, string visitorHash, DateTime now, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(now);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var bumped = await db.Set<ShareVisit>().Where(v => v.ShareLinkId == linkId && v.Day == day && v.VisitorHash == visitorHash)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Visits, v => v.Visits + 1), ct);
            if (bumped > 0) return;
            // When the same visitor's other request inserted today's row first, count on it.
            if (await db.InsertOnceAsync(ShareVisit.First(linkId, visitorHash, now), ct)) return;
        }
    }

    private static string VisitorId(HttpContext http, DateTimeOffset now)
    {
        if (http.Request.Cookies.TryGetValue(VisitorCookie, out var id) && Guid.TryParseExact(id, "N", out _)) return id;
        id = Guid.NewGuid().ToString("N");
        http.Response.Cookies.Append(VisitorCookie, id, Cookie(http, now.AddYears(1)));
        return id;
    }

    private static CookieOptions Cookie(HttpContext http, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        IsEssential = true,
        Path = "/",
        Expires = expires,
    };
}
