using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Moderation.Pages;

/// <summary>The moderators' queue: held and reported items, oldest first, with Approve and Remove (with a reason).</summary>
[Authorize(Policy = ModerationModule.PagePolicy)]
internal sealed class QueueModel(PlazaDb db, IEnumerable<IModeratedContent> contents, INotifier notifier, Identity.Contracts.IAccountDirectory accounts,
    SpamModel spam, TimeProvider clock)
    : PageModel
{
    public IReadOnlyList<ModerationQueue.QueueItem> Items { get; private set; } = [];

    /// <summary>Authors' display names by account id (deleted accounts are missing).</summary>
    public IReadOnlyDictionary<Guid, Identity.Contracts.PersonRef> Authors { get; private set; } = new Dictionary<Guid, Identity.Contracts.PersonRef>();

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    private async Task Load(CancellationToken ct)
    {
        Items = await ModerationQueue.Load(db, contents, ct);
        Authors = await accounts.People(Items.Select(i => i.AuthorId).Distinct().ToList(), ct);
    }

    public Task<IActionResult> OnPostApproveAsync(string kind, Guid id, CancellationToken ct) => Act(kind, id, ModerationActions.Approve, null, ct);

    public Task<IActionResult> OnPostRemoveAsync(string kind, Guid id, string? reason, CancellationToken ct) =>
        Act(kind, id, ModerationActions.Remove, reason, ct);

    private async Task<IActionResult> Act(string kind, Guid id, string action, string? reason, CancellationToken ct)
    {
        try
        {
            var outcome = await ModerateItem.Execute(kind, id, action, reason, User, db, contents, notifier, spam, accounts, clock, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                TempData[FlashMessages.NoticeKey] = action == ModerationActions.Remove ? "Removed. The author has been told why." : "Approved.";
                return LocalRedirect("/moderation");
            }
            ModelState.AddModelError("", "Give a reason of 1 to 500 characters.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await Load(ct);
        return Page();
    }
}
