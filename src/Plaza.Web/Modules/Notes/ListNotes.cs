using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Lists of notes, newest first, paged by cursor: the cursor is the last note's id (ids are version 7
/// Guids, so their order is their creation order in both databases). Only published notes, and only those
/// whose community the caller may read; by author, the author also sees their own held notes.
/// </summary>
internal static class ListNotes
{
    public const int DefaultLimit = 20, MaxLimit = 50;

    public static async Task<NotePage> ByAuthor(Guid authorId, Guid? viewer, Guid? cursor, int? limit, PlazaDb db, NoteReader reader,
        ICommunityAccess communities, CancellationToken ct)
    {
        var q = db.Set<Note>().AsNoTracking().Where(n => n.AuthorAccountId == authorId
            && (n.Status == NoteStatus.Published || n.Status == NoteStatus.Pending && n.AuthorAccountId == viewer));
        return await Page(q, viewer, cursor, limit, reader, communities, checkCommunity: true, ct);
    }

    /// <returns>null when the caller may not read the community.</returns>
    public static async Task<NotePage?> ByCommunity(Guid communityId, Guid? viewer, Guid? cursor, int? limit, PlazaDb db, NoteReader reader,
        ICommunityAccess communities, CancellationToken ct)
    {
        if (!await communities.CanRead(communityId, viewer, ct)) return null;
        var q = db.Set<Note>().AsNoTracking().Where(n => n.CommunityId == communityId && n.Status == NoteStatus.Published);
        return await Page(q, viewer, cursor, limit, reader, communities, checkCommunity: false, ct);
    }

    public static async Task<NotePage> Saved(Guid viewer, Guid? cursor, int? limit, PlazaDb db, NoteReader reader, ICommunityAccess communities,
        CancellationToken ct)
    {
        var q = db.Set<Note>().AsNoTracking().Where(n => n.Status == NoteStatus.Published
            && db.Set<NoteSave>().Any(s => s.NoteId == n.Id && s.AccountId == viewer));
        return await Page(q, viewer, cursor, limit, reader, communities, checkCommunity: true, ct);
    }

    private static async Task<NotePage> Page(IQueryable<Note> q, Guid? viewer, Guid? cursor, int? limit, NoteReader reader,
        ICommunityAccess communities, bool checkCommunity, CancellationToken ct)
    {
        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        if (cursor is { } c) q = q.Where(n => n.Id.CompareTo(c) < 0);
        var items = new List<Note>();
        var readable = new Dictionary<Guid, bool>();
        Guid? last = null;
        // Notes in communities the caller may not read are skipped; keep reading until the page is full.
        while (items.Count < take)
        {
            var batchQuery = last is { } l ? q.Where(n => n.Id.CompareTo(l) < 0) : q;
            var batch = await batchQuery.Include(n => n.Photos).OrderByDescending(n => n.Id).Take(take + 1).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var n in batch)
            {
                if (items.Count == take) break;
                last = n.Id;
                if (checkCommunity && n.CommunityId is { } cid)
                {
                    if (!readable.TryGetValue(cid, out var ok)) readable[cid] = ok = await communities.CanRead(cid, viewer, ct);
                    if (!ok) continue;
                }
                items.Add(n);
            }
            if (batch.Count < take + 1) break; // nothing more to read
        }
        var next = items.Count == take && await (last is { } x ? q.Where(n => n.Id.CompareTo(x) < 0) : q).AnyAsync(ct) ? last : null;
        return new NotePage(await reader.Summaries(items, ct), next?.ToString());
    }

    public static async Task<Ok<NotePage>> HandleByAuthor(Guid accountId, Guid? cursor, int? limit, HttpContext http, PlazaDb db, NoteReader reader,
        ICommunityAccess communities, CancellationToken ct) =>
        TypedResults.Ok(await ByAuthor(accountId, await GetNote.Viewer(http), cursor, limit, db, reader, communities, ct));

    public static async Task<Results<Ok<NotePage>, NotFound>> HandleByCommunity(Guid communityId, Guid? cursor, int? limit, HttpContext http, PlazaDb db,
        NoteReader reader, ICommunityAccess communities, CancellationToken ct) =>
        await ByCommunity(communityId, await GetNote.Viewer(http), cursor, limit, db, reader, communities, ct) is { } page
            ? TypedResults.Ok(page) : TypedResults.NotFound();

    public static async Task<Ok<NotePage>> HandleSaved(Guid? cursor, int? limit, ClaimsPrincipal user, PlazaDb db, NoteReader reader,
        ICommunityAccess communities, CancellationToken ct) =>
        TypedResults.Ok(await Saved(user.RequiredAccountId(), cursor, limit, db, reader, communities, ct));
}
