using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notes;

/// <summary>The author deletes their note, with its photos, tags, likes, saves and comments.</summary>
internal static class DeleteNote
{
    public static async Task<bool> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await db.Set<Note>().Include(n => n.Photos).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || note.AuthorAccountId != me && note.Status != NoteStatus.Published) return false;
        if (note.AuthorAccountId != me) throw new ForbiddenException("not_the_author", "Only the author can delete this note.");
        var files = note.Photos.Select(p => p.FileName).ToList();
        db.Remove(note);
        await db.SaveChangesAsync(ct);
        foreach (var f in files) storage.Delete(f);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct) =>
        await Execute(id, user, db, storage, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
