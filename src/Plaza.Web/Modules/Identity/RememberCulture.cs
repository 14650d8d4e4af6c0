using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Localization;

namespace Plaza.Web.Modules.Identity;

/// <summary>A signed-in person who picks a language keeps it on their account (used on their next sign-in and for notifications).</summary>
internal sealed class RememberCulture(PlazaDb db) : ICultureChoice
{
    public async Task Chosen(HttpContext http, string culture, CancellationToken ct)
    {
        if (http.User.AccountId() is not { } id) return;
        await db.Set<Account>().Where(a => a.Id == id && a.PreferredCulture != culture)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.PreferredCulture, culture), ct);
    }
}
