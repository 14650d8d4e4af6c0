using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>The author deletes their own comment.</summary>
internal static class DeleteComment
{
    /// <summary>The author deletes their own comment (a top comment takes its replies with it).</summary>
    public static async Task<bool> Execute(Guid noteId, Guid commentId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var comment = await db.Set<NoteComment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId && c.NoteId == noteId, ct);
        if (comment is null || comment.AuthorAccountId != me && !comment.IsPublished) return false;
        if (comment.AuthorAccountId != me) throw new Platform.Errors.ForbiddenException("not_the_author", "You can only delete your own comments.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var published = await db.Set<NoteComment>().CountAsync(c => (c.Id == commentId || c.ParentId == commentId) && c.Status == NoteStatus.Published, ct);
        await db.Set<NoteComment>().Where(c => c.Id == commentId || c.ParentId == commentId).ExecuteDeleteAsync(ct);
        if (published > 0) await NoteCounters.Comments(db, noteId, -published, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, Guid commentId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(id, commentId, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
