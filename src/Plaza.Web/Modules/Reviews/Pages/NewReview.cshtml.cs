using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Reviews.Pages;

/// <summary>Review one line of my completed order: stars as large labelled radio buttons, optional text and photos.</summary>
[Authorize]
internal sealed class NewReviewModel(PlazaDb db, IPurchases purchases, IContentPipeline pipeline, IAccountDirectory accounts, PhotoStorage storage,
    TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public ReviewFormInput Input { get; set; } = new();

    public PurchasedLine? Line { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid orderLineId, CancellationToken ct) =>
        await Load(orderLineId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid orderLineId, CancellationToken ct)
    {
        if (await Load(orderLineId, ct) is { } elsewhere) return elsewhere;
        ModelState.Clear();
        try
        {
            var outcome = await PostReview.Execute(new PostReview.PostReviewRequest(orderLineId, Input.Stars, Input.Text), Input.Photos, User,
                new PostReview.Dependencies(db, purchases, pipeline, accounts, storage, clock), ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                TempData[FlashMessages.NoticeKey] = outcome.Value.Value!.IsPublished
                    ? "Thank you! Your review is published."
                    : "Thank you! Your review will appear once a moderator has looked at it.";
                return LocalRedirect($"/orders/{Line!.OrderId}");
            }
            outcome.Value.CopyTo(ModelState);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    /// <summary>Null to show the page; otherwise where to go instead (404 for a line that is not mine, the edit page when I reviewed it already).</summary>
    private async Task<IActionResult?> Load(Guid orderLineId, CancellationToken ct)
    {
        Line = await purchases.Line(orderLineId, ct);
        if (Line is null || Line.CustomerId != User.AccountId()) return NotFound();
        var existing = await db.Set<Review>().AsNoTracking().Where(r => r.OrderLineId == orderLineId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        return existing is { } id ? LocalRedirect($"/reviews/{id}/edit") : null;
    }
}
