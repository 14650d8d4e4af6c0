using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing.Pages;

/// <summary>The Share buttons post here: get (or make) the signed-in person's link, then show it on its share page.</summary>
internal sealed class NewShareModel(PlazaDb db, ShareTargets targets, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string? kind, Guid? targetId, Guid? storeId, string? returnUrl, CancellationToken ct)
    {
        var back = returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (User.AccountId() is null) return LocalRedirect($"/account/sign-in?returnUrl={Uri.EscapeDataString(back)}");
        var outcome = await CreateShareLink.Execute(new CreateShareLink.CreateShareLinkRequest(kind, targetId, storeId), User, db, targets, clock, ct);
        return outcome.Ok ? LocalRedirect(outcome.Value!.Path + "/share") : NotFound();
    }
}
