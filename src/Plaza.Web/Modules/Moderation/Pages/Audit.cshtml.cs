using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Moderation.Pages;

/// <summary>The audit log: every moderator action, newest first.</summary>
[Authorize(Policy = ModerationModule.PagePolicy)]
internal sealed class AuditModel(PlazaDb db, IAccountDirectory accounts) : PageModel
{
    public IReadOnlyList<ModerationAudit.AuditEntry> Entries { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        Entries = await ModerationAudit.Load(PageNumber, db, accounts, ct);
    }
}
