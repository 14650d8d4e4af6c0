using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications.Pages;

[Authorize]
internal sealed class PreferencesModel(PlazaDb db, NotificationKinds kinds) : PageModel
{
    public IReadOnlyList<ChooseNotifications.Preference> Preferences { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        Preferences = await ChooseNotifications.Load(User.RequiredAccountId(), kinds, db, ct);
    }

    /// <summary>Ticked boxes are on; every kind not ticked is off.</summary>
    public async Task<IActionResult> OnPostAsync(List<string> on, CancellationToken ct)
    {
        var choices = kinds.All.ToDictionary(k => k.Name, k => on.Contains(k.Name, StringComparer.OrdinalIgnoreCase));
        await ChooseNotifications.Save(User.RequiredAccountId(), choices, kinds, db, ct);
        return LocalRedirect("/notifications/preferences?saved=true");
    }
}
