using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing.Pages;

/// <summary>The signed-in person's links with what came through each: the page form of GET /api/v1/share-links/mine.</summary>
[Authorize]
internal sealed class MySharesModel(PlazaDb db, ShareTargets targets) : PageModel
{
    public sealed record Row(ShareLink Link, ShareTarget? Target, ListMyShareLinks.ShareStats Stats);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = new List<Row>();
        foreach (var (link, stats) in await ListMyShareLinks.Execute(User.RequiredAccountId(), db, ct))
            rows.Add(new Row(link, await targets.Find(link, ct), stats));
        Rows = rows;
    }
}
