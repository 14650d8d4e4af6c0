using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing.Pages;

/// <summary>A printable poster for the shop window or counter: product, price, store, and the link's QR code in big print.</summary>
internal sealed class PosterModel(PlazaDb db, ShareTargets targets) : PageModel
{
    public ShareLink Link { get; private set; } = null!;
    public ShareTarget Target { get; private set; } = null!;
    public string AbsoluteUrl => ShareQrCode.AbsoluteUrl(Request, Link.Code);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await VisitShareLink.Find(db, code, ct) is not { } link || await targets.Find(link, ct) is not { } target) return NotFound();
        Link = link;
        Target = target;
        return Page();
    }
}
