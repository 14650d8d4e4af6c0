using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Reviews.Pages;

/// <summary>Change my review (stars, text, more photos) within 7 days of posting; afterwards it is shown read-only.</summary>
[Authorize]
internal sealed class EditReviewModel(PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, PhotoStorage storage, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReviewFormInput Input { get; set; } = new();

    public Review? Review { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Input = new ReviewFormInput { Stars = Review!.Stars, Text = Review.Text };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        db.ChangeTracker.Clear();
        ModelState.Clear();
        try
        {
            var outcome = await EditReview.Execute(id, new EditReview.EditReviewRequest(Input.Stars, Input.Text), Input.Photos, User, db, pipeline, accounts,
                storage, clock, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                TempData[FlashMessages.NoticeKey] = outcome.Value.Value!.IsPublished
                    ? "Your review is updated."
                    : "Your review will appear once a moderator has looked at it.";
                return LocalRedirect($"/reviews/{id}/edit");
            }
            outcome.Value.CopyTo(ModelState);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Review = await EditReview.LoadOwn(id, User, db, ct);
        CanEdit = Review?.CanEdit(clock.GetUtcNow().UtcDateTime) ?? false;
        return Review is not null;
    }
}
