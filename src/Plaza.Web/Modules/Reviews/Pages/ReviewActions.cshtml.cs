using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Reviews.Pages;

/// <summary>The product page's review buttons: helpful (and taking it back), and the store's reply. Each comes back to the page it was pressed on.</summary>
[Authorize]
internal sealed class ReviewActionsModel(PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string? returnUrl) => Back(returnUrl);

    public Task<IActionResult> OnPostHelpfulAsync(Guid id, string? returnUrl, CancellationToken ct) =>
        Act(returnUrl, async () => await HelpfulVotes.Vote(id, User, db, clock, ct) is not null);

    public Task<IActionResult> OnPostUnhelpfulAsync(Guid id, string? returnUrl, CancellationToken ct) =>
        Act(returnUrl, async () => await HelpfulVotes.Unvote(id, User, db, ct) is not null);

    public Task<IActionResult> OnPostReplyAsync(Guid id, string? text, string? returnUrl, CancellationToken ct) => Act(returnUrl, async () =>
    {
        var outcome = await ReplyToReview.Execute(id, new ReplyToReview.ReplyRequest(text), User, db, pipeline, accounts, clock, ct);
        if (outcome is { Ok: false } o) TempData[FlashMessages.ProblemKey] = o.Errors!.Values.First()[0];
        else if (outcome is not null) TempData[FlashMessages.NoticeKey] = "Your reply is posted.";
        return outcome is not null;
    });

    private async Task<IActionResult> Act(string? returnUrl, Func<Task<bool>> action)
    {
        try
        {
            if (!await action()) return NotFound();
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        catch (ForbiddenException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return Back(returnUrl);
    }

    private LocalRedirectResult Back(string? returnUrl) =>
        LocalRedirect(returnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url + "#reviews-title" : "/");
}
