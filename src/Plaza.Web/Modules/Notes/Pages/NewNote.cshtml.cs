using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Ordering.Pages;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Notes.Pages;

/// <summary>The new-note form's fields.</summary>
internal sealed class NoteFormInput
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    /// <summary>Product page links, one a line (<c>/stores/{storeId}/products/{productId}</c>), as copied from the shop.</summary>
    public string? ProductLinks { get; set; }
    public Guid? CommunityId { get; set; }
    public string? PhotoAlt { get; set; }
    public List<IFormFile> Photos { get; set; } = [];
}

/// <summary>
/// Post a note: title, Markdown body, photos with one description, products tagged by pasting their
/// product page links (a product page's "Share in a note" can prefill one with <c>?store=…&amp;product=…</c>),
/// optionally into a community (<c>?community=…</c>).
/// </summary>
[Authorize]
internal sealed partial class NewNoteModel(PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, IProductSummaries products,
    ICommunityAccess communities, PhotoStorage storage, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NoteFormInput Input { get; set; } = new();

    public CommunityRef? Community { get; private set; }

    public async Task OnGetAsync(Guid? community, Guid? store, Guid? product, CancellationToken ct)
    {
        if (community is { } c) Community = await communities.Find(c, ct);
        Input.CommunityId = Community?.Id;
        if (store is { } s && product is { } p) Input.ProductLinks = $"/stores/{s}/products/{p}";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.CommunityId is { } c) Community = await communities.Find(c, ct);
        var tags = ParseLinks(Input.ProductLinks);
        if (tags is null)
        {
            ModelState.Clear();
            ModelState.AddModelError("Input.ProductLinks", "Paste product page links, one a line.");
            return Page();
        }
        ModelState.Clear();
        try
        {
            var outcome = await PostNote.Execute(new PostNote.NoteRequest(Input.Title, Input.Body, Input.CommunityId, tags), Input.Photos, User,
                new PostNote.Dependencies(db, pipeline, accounts, products, communities, storage, clock), ct, Input.PhotoAlt);
            if (outcome.Ok)
            {
                var note = outcome.Value!;
                TempData[OrderText.NoticeKey] = note.IsPublished ? "Your note is published." : "Your note will appear once a moderator has looked at it.";
                return LocalRedirect($"/notes/{note.Id}");
            }
            outcome.CopyTo(ModelState);
            if (outcome.Errors!.ContainsKey("products")) ModelState.AddModelError("Input.ProductLinks", "Tag products the chosen store lists.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    [GeneratedRegex(@"/stores/([0-9a-fA-F-]{36})/products/([0-9a-fA-F-]{36})")]
    private static partial Regex ProductLink();

    /// <returns>The tags, or null when a line is not a product link.</returns>
    public static List<TagRequest>? ParseLinks(string? links)
    {
        var tags = new List<TagRequest>();
        foreach (var line in (links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = ProductLink().Match(line);
            if (!m.Success || !Guid.TryParse(m.Groups[1].Value, out var store) || !Guid.TryParse(m.Groups[2].Value, out var product)) return null;
            tags.Add(new TagRequest(product, store));
        }
        return tags;
    }
}
