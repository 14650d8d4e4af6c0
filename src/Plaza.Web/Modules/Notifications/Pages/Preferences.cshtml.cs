using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications.Pages;

[Authorize]
internal sealed class PreferencesModel(PlazaDb db) : PageModel
{
    public IReadOnlyList<ChooseNotifications.PreferenceView> Preferences { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        Preferences = await ChooseNotifications.Load(User.RequiredAccountId(), db, ct);
    }

    /// <summary>Ticked boxes are on; every kind not ticked is off.</summary>
    public async Task<IActionResult> OnPostAsync(List<NotificationKind> on, CancellationToken ct)
    {
        var choices = Enum.GetValues<NotificationKind>().ToDictionary(k => k, on.Contains);
        await ChooseNotifications.Save(User.RequiredAccountId(), choices, db, ct);
        return LocalRedirect("/notifications/preferences?saved=true");
    }
}
