using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notes.Pages;

/// <summary>
/// One note: title, rendered body, photos with alt text, tagged products with price and a big Buy button,
/// like and save buttons (plain forms), comments with their replies and forms to add both.
/// Same handlers as the API; a note the reader may not see is a 404.
/// </summary>
internal sealed class NoteDetailModel(PlazaDb db, NoteReader reader, IContentPipeline pipeline, IAccountDirectory accounts, INotifier notifier,
    TimeProvider clock, INoteOrders noteOrders) : PageModel
{
    public NoteView Note { get; private set; } = null!;
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];
    /// <summary>For the author only: how many real orders (paid, not cancelled or refunded) started from this note.</summary>
    public int? OrdersStarted { get; private set; }
    public bool IsAuthor => User.AccountId() is { } me && me == Note.AuthorAccountId;

    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostLikeAsync(Guid id, CancellationToken ct) => Act(id, () => NoteReactions.Like(id, User, db, reader, notifier, clock, ct));
    public Task<IActionResult> OnPostUnlikeAsync(Guid id, CancellationToken ct) => Act(id, () => NoteReactions.Unlike(id, User, db, reader, ct));
    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => Act(id, () => NoteReactions.Save(id, User, db, reader, clock, ct));
    public Task<IActionResult> OnPostUnsaveAsync(Guid id, CancellationToken ct) => Act(id, () => NoteReactions.Unsave(id, User, db, reader, ct));

    public async Task<IActionResult> OnPostCommentAsync(Guid id, Guid? parentId, CancellationToken ct)
    {
        if (User.AccountId() is null) return Challenge();
        ModelState.Clear();
        try
        {
            var outcome = await WriteComment.Execute(id, parentId, new WriteComment.CommentRequest(Text), User,
                new WriteComment.Dependencies(db, reader, pipeline, accounts, notifier, clock), ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                var c = outcome.Value.Value!;
                TempData[FlashMessages.NoticeKey] = c.IsPublished
                    ? "Your comment is published." : "Your comment will appear once a moderator has looked at it.";
                return LocalRedirect($"/notes/{id}#comment-{c.Id}");
            }
            foreach (var (_, messages) in outcome.Value.Errors!)
                foreach (var m in messages) ModelState.AddModelError("Text", m);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Text", e.Message);
        }
        return await Load(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteCommentAsync(Guid id, Guid commentId, CancellationToken ct)
    {
        if (User.AccountId() is null) return Challenge();
        try
        {
            if (!await DeleteComment.Execute(id, commentId, User, db, ct)) return NotFound();
            TempData[FlashMessages.NoticeKey] = "Your comment is deleted.";
        }
        catch (ForbiddenException)
        {
            return Forbid();
        }
        return LocalRedirect($"/notes/{id}#comments");
    }

    private async Task<IActionResult> Act(Guid id, Func<Task<NoteReactions.ReactionView?>> act)
    {
        if (User.AccountId() is null) return Challenge();
        try
        {
            if (await act() is null) return NotFound();
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect($"/notes/{id}");
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var viewer = User.AccountId();
        var note = await reader.Readable(id, viewer, ct);
        if (note is null) return false;
        Note = await reader.View(note, viewer, ct);
        Comments = await ListComments.Execute(id, viewer, db, reader, accounts, ct) ?? [];
        if (viewer is not null && viewer == note.AuthorAccountId) OrdersStarted = await noteOrders.OrdersStartedFrom(id, ct);
        return true;
    }
}
