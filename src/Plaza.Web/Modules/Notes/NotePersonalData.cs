using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// A person's notes, comments, likes and saves. On deletion likes and saves go either way (counts move
/// back); notes and comments are removed (with photos, and everything hanging off the notes) or kept under
/// the "Deleted user" pseudonym, as the person chose. Notes store account ids only, never a name or email.
/// </summary>
internal sealed class NotePersonalData(PlazaDb db, PhotoStorage photos) : IPersonalDataContributor
{
    public string Section => "notes";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Written = await db.Set<Note>().AsNoTracking().Where(n => n.AuthorAccountId == accountId).OrderBy(n => n.CreatedAtUtc)
            .Select(n => new
            {
                n.Id, n.Title, n.Body, n.CommunityId, Status = n.Status.ToString(), n.CreatedAtUtc, n.EditedAtUtc,
                Photos = n.Photos.Select(p => "/media/photos/" + p.FileName),
                Products = n.Products.Select(p => new { p.ProductId, p.StoreId }),
            }).ToListAsync(ct),
        Comments = await db.Set<NoteComment>().AsNoTracking().Where(c => c.AuthorAccountId == accountId).OrderBy(c => c.CreatedAtUtc)
            .Select(c => new { c.Id, c.NoteId, c.ParentId, c.Text, Status = c.Status.ToString(), c.CreatedAtUtc }).ToListAsync(ct),
        Liked = await db.Set<NoteLike>().AsNoTracking().Where(l => l.AccountId == accountId).Select(l => new { l.NoteId, l.CreatedAtUtc }).ToListAsync(ct),
        Saved = await db.Set<NoteSave>().AsNoTracking().Where(l => l.AccountId == accountId).Select(l => new { l.NoteId, l.CreatedAtUtc }).ToListAsync(ct),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        foreach (var noteId in await db.Set<NoteLike>().Where(l => l.AccountId == accountId).Select(l => l.NoteId).ToListAsync(ct))
            await NoteCounters.Likes(db, noteId, -1, ct);
        await db.Set<NoteLike>().Where(l => l.AccountId == accountId).ExecuteDeleteAsync(ct);
        foreach (var noteId in await db.Set<NoteSave>().Where(l => l.AccountId == accountId).Select(l => l.NoteId).ToListAsync(ct))
            await NoteCounters.Saves(db, noteId, -1, ct);
        await db.Set<NoteSave>().Where(l => l.AccountId == accountId).ExecuteDeleteAsync(ct);
        if (content != ContentChoice.Remove) return;

        // Their comments on other people's notes (with the replies under them), counts moved back.
        var mine = await db.Set<NoteComment>().Where(c => c.AuthorAccountId == accountId).Select(c => c.Id).ToListAsync(ct);
        var gone = await db.Set<NoteComment>().Where(c => mine.Contains(c.Id) || c.ParentId != null && mine.Contains(c.ParentId.Value))
            .Where(c => c.Status == NoteStatus.Published).GroupBy(c => c.NoteId).Select(g => new { NoteId = g.Key, Count = g.Count() }).ToListAsync(ct);
        await db.Set<NoteComment>().Where(c => mine.Contains(c.Id) || c.ParentId != null && mine.Contains(c.ParentId.Value)).ExecuteDeleteAsync(ct);
        foreach (var g in gone) await NoteCounters.Comments(db, g.NoteId, -g.Count, ct);

        var notes = await db.Set<Note>().Include(n => n.Photos).Where(n => n.AuthorAccountId == accountId).ToListAsync(ct);
        var files = notes.SelectMany(n => n.Photos).Select(p => p.FileName).ToList();
        var ids = notes.Select(n => n.Id).ToList();
        await db.Set<NoteComment>().Where(c => ids.Contains(c.NoteId)).ExecuteDeleteAsync(ct);
        await db.Set<NoteLike>().Where(c => ids.Contains(c.NoteId)).ExecuteDeleteAsync(ct);
        await db.Set<NoteSave>().Where(c => ids.Contains(c.NoteId)).ExecuteDeleteAsync(ct);
        await db.Set<NoteProduct>().Where(c => ids.Contains(c.NoteId)).ExecuteDeleteAsync(ct);
        db.RemoveRange(notes);
        await db.SaveChangesAsync(ct);
        foreach (var file in files) photos.Delete(file); // after the rows: a failed save keeps both
    }
}
