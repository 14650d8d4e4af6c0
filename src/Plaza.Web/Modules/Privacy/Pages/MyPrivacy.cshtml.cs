using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Privacy.Pages;

[Authorize]
internal sealed class MyPrivacyModel(PlazaDb db, IPasswordConfirmation passwords, IEnumerable<IPersonalDataContributor> contributors, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public new ContentChoice? Content { get; set; }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct) =>
        File(await ExportMyData.Build(User.RequiredAccountId(), contributors, clock, ct), "application/json", ExportMyData.FileName(clock));

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var request = new DeleteMyAccount.DeleteAccountRequest(Password, Content);
        var outcome = await DeleteMyAccount.Execute(User.RequiredAccountId(), request, db, passwords, contributors, ct);
        if (!outcome.Ok)
        {
            foreach (var (field, messages) in outcome.Errors!)
                foreach (var message in messages)
                    ModelState.AddModelError(field == "password" ? nameof(Password) : nameof(Content),
                        field == "password" ? "Enter your password to confirm." : "Choose what happens to what you wrote.");
            return Page();
        }
        Response.Cookies.Delete(AuthSchemes.CookieName);
        return LocalRedirect("/account/deleted");
    }
}
