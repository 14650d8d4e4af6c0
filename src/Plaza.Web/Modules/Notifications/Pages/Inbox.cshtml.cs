using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications.Pages;

[Authorize]
internal sealed class InboxModel(PlazaDb db, NotificationKinds kinds, TimeProvider clock, IStringLocalizer<Program> L) : PageModel
{
    public ReadNotifications.NotificationPage Inbox { get; private set; } = new([], 0, null);

    public async Task OnGetAsync(DateTime? before, CancellationToken ct) =>
        Inbox = await ReadNotifications.List(User.RequiredAccountId(), before, kinds, db, L, ct);

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await MarkNotificationsRead.Execute(User.RequiredAccountId(), null, db, clock, ct);
        return LocalRedirect("/notifications");
    }

    /// <summary>Opening a notification marks it read, then goes where it points (only within this site).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        var accountId = User.RequiredAccountId();
        await MarkNotificationsRead.Execute(accountId, id, db, clock, ct);
        var link = await db.Set<Notification>().Where(n => n.Id == id && n.RecipientId == accountId).Select(n => n.Link).FirstOrDefaultAsync(ct);
        return LocalRedirect(link is not null && Url.IsLocalUrl(link) ? link : "/notifications");
    }
}
