using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notes.Pages;

/// <summary>
/// The author edits their note: title, text and tagged products (the same picker and the same EditNote use
/// case as the API, so the text passes the content pipeline again and may be held), and adds or removes
/// photos. Anyone else, and a note a moderator removed, gets a 404.
/// </summary>
[Authorize]
internal sealed class EditNoteModel(PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, IProductSummaries products,
    ICommunityAccess communities, IStoreDirectory stores, PhotoStorage storage, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NoteFormInput Input { get; set; } = new();

    public Guid NoteId { get; private set; }
    public IReadOnlyList<NotePhoto> Photos { get; private set; } = [];
    public PickerView Picker { get; private set; } = new([], [], null, null, false);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Mine(id, ct) is not { } note) return NotFound();
        Input.Title = note.Title;
        Input.Body = note.Body;
        var tags = note.Products.OrderBy(p => p.Position).Select(p => new TagRequest(p.ProductId, p.StoreId)).ToList();
        Input.Tags = tags.Select(t => $"{t.StoreId}:{t.ProductId}").ToList();
        Picker = await ProductPicker.View(tags, null, false, Request, products, stores, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await Mine(id, ct) is null) return NotFound();
        ModelState.Clear();
        var tags = ProductPicker.Parse(Input.Tags);
        if (tags is null)
        {
            ModelState.AddModelError("Input.Tags", "Tag products the chosen store lists.");
            tags = [];
        }
        else if (!Input.IsSearch)
        {
            try
            {
                db.ChangeTracker.Clear();
                var outcome = await EditNote.Execute(id, new PostNote.NoteRequest(Input.Title, Input.Body, null, tags), User,
                    new PostNote.Dependencies(db, pipeline, accounts, products, communities, storage, clock), ct);
                if (outcome is null) return NotFound();
                if (outcome.Value.Ok)
                {
                    TempData[FlashMessages.NoticeKey] = outcome.Value.Value!.IsPublished
                        ? "Your note is saved." : "Your note will appear once a moderator has looked at it.";
                    return LocalRedirect($"/notes/{id}");
                }
                NoteForm.CopyErrors(outcome.Value.Errors!, ModelState);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", e.Message);
            }
            if (await Mine(id, ct) is null) return NotFound();
        }
        Picker = await ProductPicker.View(tags, Input.ProductQuery, Input.IsSearch, Request, products, stores, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddPhotosAsync(Guid id, CancellationToken ct)
    {
        if (await Mine(id, ct) is not { } note) return NotFound();
        var v = new Platform.Validation.Validator();
        NotePhotos.Check(Input.Photos, note.Photos.Count, v);
        if (!Input.Photos.Any(PhotoStorage.IsChosen)) v.Add("photos", "Choose a picture to upload.");
        var outcome = v.IsValid ? await NotePhotos.SaveWith(note, note.AuthorAccountId, Input.Photos, Input.PhotoAlt, db, storage, ct) : v;
        if (outcome.Ok)
        {
            TempData[FlashMessages.NoticeKey] = "Photos added.";
            return LocalRedirect($"/notes/{id}/edit#photos");
        }
        TempData[FlashMessages.ProblemKey] = outcome.Errors!.SelectMany(e => e.Value).First();
        return LocalRedirect($"/notes/{id}/edit#photos");
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(Guid id, Guid photoId, CancellationToken ct)
    {
        if (await Mine(id, ct) is null) return NotFound();
        db.ChangeTracker.Clear();
        if (!await NotePhotos.Remove(id, photoId, User, db, storage, ct)) return NotFound();
        TempData[FlashMessages.NoticeKey] = "Photo removed.";
        return LocalRedirect($"/notes/{id}/edit#photos");
    }

    /// <summary>The caller's own note, not removed by a moderator; null (so 404) for anyone else's.</summary>
    private async Task<Note?> Mine(Guid id, CancellationToken ct)
    {
        var me = User.AccountId();
        var note = await db.Set<Note>().Include(n => n.Photos).Include(n => n.Products).AsSplitQuery().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || me is null || note.AuthorAccountId != me || note.Status == NoteStatus.Removed) return null;
        NoteId = note.Id;
        Photos = note.Photos.OrderBy(p => p.Position).ToList();
        return note;
    }
}
