using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notes.Pages;

/// <summary>The note forms' fields (new and edit).</summary>
internal sealed class NoteFormInput
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    /// <summary>Ticked products, each <c>storeId:productId</c> (see <see cref="ProductPicker"/>).</summary>
    public List<string> Tags { get; set; } = [];
    /// <summary>Words to search the chosen store's products for.</summary>
    public string? ProductQuery { get; set; }
    /// <summary>"search" when the picker's Search button sent the form; otherwise the note is saved.</summary>
    public string? Action { get; set; }
    public Guid? CommunityId { get; set; }
    public string? PhotoAlt { get; set; }
    public List<IFormFile> Photos { get; set; } = [];

    public bool IsSearch => Action == "search";
}

/// <summary>
/// Post a note: title, Markdown body, photos with one description, tagged products chosen with the picker
/// (a search of the chosen store's products that works without JavaScript; a product page's "Write a note
/// about this" pre-ticks it with <c>?store=…&amp;product=…</c>), optionally into a community (<c>?community=…</c>).
/// </summary>
[Authorize]
internal sealed class NewNoteModel(PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, IProductSummaries products,
    ICommunityAccess communities, IStoreDirectory stores, PhotoStorage storage, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NoteFormInput Input { get; set; } = new();

    public CommunityRef? Community { get; private set; }
    public PickerView Picker { get; private set; } = new([], [], null, null, false);

    public async Task OnGetAsync(Guid? community, Guid? store, Guid? product, CancellationToken ct)
    {
        if (community is { } c) Community = await communities.Find(c, ct);
        Input.CommunityId = Community?.Id;
        if (store is { } s && product is { } p) Input.Tags = [$"{s}:{p}"];
        Picker = await ProductPicker.View(ProductPicker.Parse(Input.Tags) ?? [], null, false, Request, products, stores, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.CommunityId is { } c) Community = await communities.Find(c, ct);
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
                var outcome = await PostNote.Execute(new PostNote.NoteRequest(Input.Title, Input.Body, Input.CommunityId, tags), Input.Photos, User,
                    new PostNote.Dependencies(db, pipeline, accounts, products, communities, storage, clock), ct, Input.PhotoAlt);
                if (outcome.Ok)
                {
                    var note = outcome.Value!;
                    TempData[FlashMessages.NoticeKey] = note.IsPublished
                        ? "Your note is published." : "Your note will appear once a moderator has looked at it.";
                    return LocalRedirect($"/notes/{note.Id}");
                }
                NoteForm.CopyErrors(outcome.Errors!, ModelState);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }
        Picker = await ProductPicker.View(tags, Input.ProductQuery, Input.IsSearch, Request, products, stores, ct);
        return Page();
    }
}

/// <summary>What the note pages share.</summary>
internal static class NoteForm
{
    /// <summary>Copies the use case's errors onto the form's fields; tag problems go to the picker.</summary>
    public static void CopyErrors(IReadOnlyDictionary<string, string[]> errors, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        foreach (var (key, messages) in errors)
            foreach (var m in messages)
                modelState.AddModelError(key == "products" ? "Input.Tags" : $"Input.{char.ToUpperInvariant(key[0])}{key[1..]}", m);
    }
}
