using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Who may see a note: published notes for everyone who may read its community (none: everyone); the
/// author also sees their own held notes; removed notes nobody. Everything else is a 404 (existence is private).
/// </summary>
internal sealed class NoteReader(PlazaDb db, ICommunityAccess communities, IAccountDirectory accounts, IProductSummaries products, IContentPipeline pipeline)
{
    public async Task<Note?> Readable(Guid id, Guid? viewer, CancellationToken ct)
    {
        var note = await db.Set<Note>().AsNoTracking().Include(n => n.Photos).Include(n => n.Products).AsSplitQuery()
            .FirstOrDefaultAsync(n => n.Id == id, ct);
        return note is not null && await CanSee(note, viewer, ct) ? note : null;
    }

    public async Task<bool> CanSee(Note note, Guid? viewer, CancellationToken ct)
    {
        if (note.Status == NoteStatus.Removed) return false;
        if (note.Status == NoteStatus.Pending && note.AuthorAccountId != viewer) return false;
        return note.CommunityId is not { } c || await communities.CanRead(c, viewer, ct);
    }

    public async Task<NoteView> View(Note n, Guid? viewer, CancellationToken ct)
    {
        var name = (await accounts.People([n.AuthorAccountId], ct)).GetValueOrDefault(n.AuthorAccountId)?.DisplayName ?? "Deleted user";
        var tagged = new List<TaggedProductView>();
        foreach (var p in n.Products.OrderBy(p => p.Position))
        {
            var s = await products.Find(p.StoreId, p.ProductId, ct);
            tagged.Add(new TaggedProductView(p.ProductId, p.StoreId, s?.Name, s?.FromPriceMinor, s?.Currency, s?.PhotoUrl, s is not null,
                $"/stores/{p.StoreId}/products/{p.ProductId}?note={n.Id}"));
        }
        var liked = viewer is { } v && await db.Set<NoteLike>().AnyAsync(l => l.NoteId == n.Id && l.AccountId == v, ct);
        var saved = viewer is { } w && await db.Set<NoteSave>().AnyAsync(l => l.NoteId == n.Id && l.AccountId == w, ct);
        return new NoteView(n.Id, n.AuthorAccountId, name, n.CommunityId, n.Title, n.Body, pipeline.RenderMarkdown(n.Body), n.Status,
            n.Photos.OrderBy(p => p.Position).Select(p => new NotePhotoView(p.Id, p.Url, p.Alt)).ToList(), tagged,
            n.LikeCount, n.SaveCount, n.CommentCount, liked, saved, n.CreatedAtUtc, n.EditedAtUtc);
    }

    public async Task<IReadOnlyList<NoteSummaryView>> Summaries(IReadOnlyList<Note> notes, CancellationToken ct)
    {
        var names = await accounts.People(notes.Select(n => n.AuthorAccountId).Distinct().ToList(), ct);
        return notes.Select(n => new NoteSummaryView(n.Id, n.AuthorAccountId, names.GetValueOrDefault(n.AuthorAccountId)?.DisplayName ?? "Deleted user",
            n.CommunityId, n.Title, n.Photos.OrderBy(p => p.Position).FirstOrDefault()?.Url, n.LikeCount, n.SaveCount, n.CommentCount, n.CreatedAtUtc))
                .ToList();
    }
}
