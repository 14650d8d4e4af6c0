using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Likes and saves: one per account per note (the primary key decides when taps race), POST adds, DELETE
/// takes back, each moving the note's count by one conditional UPDATE in the same transaction, so counts
/// stay exact under concurrency. Only published notes the caller may see (404 otherwise).
/// A like notifies the author once per liker (liking again after un-liking does not notify again).
/// </summary>
internal static class NoteReactions
{
    public sealed record ReactionView(Guid NoteId, int LikeCount, int SaveCount, bool LikedByMe, bool SavedByMe);

    public static async Task<ReactionView?> Like(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader, INotifier notifier, TimeProvider clock,
        CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await Interactive(id, me, db, reader, ct);
        if (note is null) return null;
        if (await Add(db, new NoteLike(id, me, clock.GetUtcNow().UtcDateTime), () => NoteCounters.Likes(db, id, 1, ct), ct) && note.AuthorAccountId != me)
            await notifier.Notify(note.AuthorAccountId, NoteNotificationKinds.Like.Name, SourceIds.For("Like", me, id), id,
                new Dictionary<string, string> { ["noteId"] = id.ToString(), ["actorId"] = me.ToString() }, $"/notes/{id}", ct);
        return await Current(id, me, db, ct);
    }

    public static async Task<ReactionView?> Save(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader, TimeProvider clock, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        if (await Interactive(id, me, db, reader, ct) is null) return null;
        await Add(db, new NoteSave(id, me, clock.GetUtcNow().UtcDateTime), () => NoteCounters.Saves(db, id, 1, ct), ct);
        return await Current(id, me, db, ct);
    }

    public static async Task<ReactionView?> Unlike(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        if (await reader.Readable(id, me, ct) is null) return null;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<NoteLike>().Where(l => l.NoteId == id && l.AccountId == me).ExecuteDeleteAsync(ct) > 0) await NoteCounters.Likes(db, id, -1, ct);
        await tx.CommitAsync(ct);
        return await Current(id, me, db, ct);
    }

    public static async Task<ReactionView?> Unsave(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        if (await reader.Readable(id, me, ct) is null) return null;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<NoteSave>().Where(l => l.NoteId == id && l.AccountId == me).ExecuteDeleteAsync(ct) > 0) await NoteCounters.Saves(db, id, -1, ct);
        await tx.CommitAsync(ct);
        return await Current(id, me, db, ct);
    }

    private static async Task<Note?> Interactive(Guid id, Guid me, PlazaDb db, NoteReader reader, CancellationToken ct)
    {
        var note = await reader.Readable(id, me, ct);
        note?.EnsureInteractive();
        return note;
    }

    /// <returns>Whether the row was new (and the count moved).</returns>
    private static async Task<bool> Add(PlazaDb db, object row, Func<Task<int>> count, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Already there (or the same person tapped twice at once): nothing changes.
        if (!await db.InsertOnceAsync(row, ct)) return false;
        await count();
        await tx.CommitAsync(ct);
        return true;
    }

    private static async Task<ReactionView> Current(Guid id, Guid me, PlazaDb db, CancellationToken ct)
    {
        var counts = await db.Set<Note>().Where(n => n.Id == id).Select(n => new { n.LikeCount, n.SaveCount }).FirstAsync(ct);
        return new(id, counts.LikeCount, counts.SaveCount,
            await db.Set<NoteLike>().AnyAsync(l => l.NoteId == id && l.AccountId == me, ct),
            await db.Set<NoteSave>().AnyAsync(l => l.NoteId == id && l.AccountId == me, ct));
    }

    private static Results<Ok<ReactionView>, NotFound> Result(ReactionView? v) => v is null ? TypedResults.NotFound() : TypedResults.Ok(v);

    public static async Task<Results<Ok<ReactionView>, NotFound>> HandleLike(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader, INotifier notifier,
        TimeProvider clock, CancellationToken ct) =>
        Result(await Like(id, user, db, reader, notifier, clock, ct));
    public static async Task<Results<Ok<ReactionView>, NotFound>> HandleUnlike(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader,
        CancellationToken ct) =>
        Result(await Unlike(id, user, db, reader, ct));
    public static async Task<Results<Ok<ReactionView>, NotFound>> HandleSave(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader, TimeProvider clock,
        CancellationToken ct) =>
        Result(await Save(id, user, db, reader, clock, ct));
    public static async Task<Results<Ok<ReactionView>, NotFound>> HandleUnsave(Guid id, ClaimsPrincipal user, PlazaDb db, NoteReader reader,
        CancellationToken ct) =>
        Result(await Unsave(id, user, db, reader, ct));
}
