using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Moderation.Pages;

/// <summary>Report one item: a reason from the list and an optional note.</summary>
[Authorize]
internal sealed class ReportModel(PlazaDb db, IEnumerable<IModeratedContent> contents, IContentPipeline pipeline,
    Identity.Contracts.IAccountDirectory accounts, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public string Back => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var content = contents.FirstOrDefault(c => c.Kind == Kind);
        if (content is null || !await content.IsVisibleTo(Id, User.AccountId() ?? Guid.Empty, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var outcome = await FileReport.Execute(new FileReport.ReportRequest(Kind, Id, Reason, Note), User, db, contents, pipeline, accounts, clock, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                TempData[FlashMessages.NoticeKey] = "Thank you. A moderator will look at it.";
                return LocalRedirect(Back);
            }
            foreach (var message in outcome.Value.Errors!.Values.SelectMany(m => m)) ModelState.AddModelError("", message);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }
}
