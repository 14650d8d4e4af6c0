using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing;

/// <summary>
/// The sharer's links, newest first, each with what came through it: visits, unique visitors (each
/// visitor at most once per day), sign-ups, and orders by other people (the sharer's own are left out).
/// </summary>
internal static class ListMyShareLinks
{
    public const int Max = 200;

    public sealed record ShareStats(int Visits, int UniqueVisitors, int Signups, int Orders);

    public sealed record MyShareLinkView(CreateShareLink.ShareLinkView Link, ShareStats Stats);

    public static async Task<IReadOnlyList<(ShareLink Link, ShareStats Stats)>> Execute(Guid sharer, PlazaDb db, CancellationToken ct)
    {
        var rows = await db.Set<ShareLink>().AsNoTracking()
            .Where(l => l.SharerAccountId == sharer)
            .OrderByDescending(l => l.CreatedAtUtc).ThenByDescending(l => l.Id)
            .Take(Max)
            .Select(l => new
            {
                Link = l,
                Visits = db.Set<ShareVisit>().Where(v => v.ShareLinkId == l.Id).Sum(v => (int?)v.Visits) ?? 0,
                Unique = db.Set<ShareVisit>().Count(v => v.ShareLinkId == l.Id),
                Signups = db.Set<ShareSignup>().Count(s => s.ShareLinkId == l.Id),
                Orders = db.Set<ShareAttribution>().Count(a => a.ShareLinkId == l.Id && !a.IsSelf),
            })
            .ToListAsync(ct);
        return rows.Select(r => (r.Link, new ShareStats(r.Visits, r.Unique, r.Signups, r.Orders))).ToList();
    }

    public static async Task<Ok<List<MyShareLinkView>>> Handle(ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        TypedResults.Ok(
            (await Execute(user.RequiredAccountId(), db, ct)).Select(r => new MyShareLinkView(CreateShareLink.ShareLinkView.From(r.Link), r.Stats)).ToList());
}
