using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>Moves a note's counts by one conditional UPDATE each, in the caller's transaction; never read-modify-write.</summary>
internal static class NoteCounters
{
    public static Task<int> Likes(PlazaDb db, Guid noteId, int by, CancellationToken ct) =>
        db.Set<Note>().Where(n => n.Id == noteId && n.LikeCount + by >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LikeCount, n => n.LikeCount + by), ct);

    public static Task<int> Saves(PlazaDb db, Guid noteId, int by, CancellationToken ct) =>
        db.Set<Note>().Where(n => n.Id == noteId && n.SaveCount + by >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.SaveCount, n => n.SaveCount + by), ct);

    public static Task<int> Comments(PlazaDb db, Guid noteId, int by, CancellationToken ct) =>
        db.Set<Note>().Where(n => n.Id == noteId && n.CommentCount + by >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.CommentCount, n => n.CommentCount + by), ct);
}
