using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Notes;

internal enum FeedTab { Following, Discover }

/// <summary>
/// The community feed: <b>Following</b> (newest first: notes by people I follow, notes in communities I joined,
/// notes in my followed stores' communities or tagging their products, and my own) and <b>Discover</b> (ranked by
/// <see cref="FeedRanking"/>). Both list published notes only, only in communities the viewer may read, never by a
/// deleted or currently suspended author. Cursors are opaque (<see cref="FeedCursor"/>); why they cannot repeat
/// or skip a note is in docs/decisions/0010-feed-ranking-and-cursors.md.
/// <para>
/// It lives in Notes, not a Feed module of its own: all it lists is notes, through Note's table and NoteReader's
/// card, and a separate module would need a Notes contract that is this query. People, stores, communities and
/// accounts come through IFollowGraph, ICommunityAccess and IAccountDirectory as for any other module.
/// </para>
/// </summary>
internal static class Feed
{
    public const int DefaultLimit = 20, MaxLimit = 50;

    /// <summary>Discover ranks the newest notes written in this span before the snapshot, at most <see cref="CandidateMax"/> of them.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);
    public const int CandidateMax = 500;

    public sealed record Dependencies(PlazaDb Db, NoteReader Reader, IFollowGraph Follows, ICommunityAccess Communities, IAccountDirectory Accounts,
        TimeProvider Clock);

    /// <summary>A page, field errors (tab, cursor, limit), or null: Following needs a signed-in viewer.</summary>
    public static async Task<Outcome<NotePage>?> Execute(string? tab, string? cursor, int? limit, Guid? viewer, Dependencies d, CancellationToken ct)
    {
        var v = new Validator();
        FeedTab? which = tab?.Trim().ToLowerInvariant() switch
        {
            null or "" or "discover" => FeedTab.Discover,
            "following" => FeedTab.Following,
            _ => null,
        };
        v.Check(which is not null, "tab", "Choose following or discover.");
        v.Check(limit is null or >= 1 and <= MaxLimit, "limit", "Ask for 1 to 50 notes.");
        var now = d.Clock.GetUtcNow().UtcDateTime;
        FeedCursor? at = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            at = FeedCursor.Decode(cursor);
            var fits = which switch
            {
                FeedTab.Following => at is FeedCursor.Following,
                FeedTab.Discover => at is FeedCursor.Discover dc && dc.SnapshotUtc <= now.AddMinutes(5) && dc.SnapshotUtc > now - Window,
                _ => true,
            };
            v.Check(fits, "cursor", "This cursor is not one this feed gave out, or it has expired: start again without it.");
        }
        if (!v.IsValid) return v;
        var take = limit ?? DefaultLimit;
        if (which == FeedTab.Following)
        {
            if (viewer is not { } me) return null;
            return await Following(me, (at as FeedCursor.Following)?.After, take, now, d, ct);
        }
        return await Discover(viewer, at as FeedCursor.Discover, take, now, d, ct);
    }

    /// <summary>Published notes in communities the viewer may read (or none), by authors who are neither deleted nor suspended.</summary>
    private static IQueryable<Note> Listed(Guid? viewer, DateTime now, Dependencies d)
    {
        var readable = d.Communities.ReadableIds(viewer);
        var unlisted = d.Accounts.UnlistedIds(now);
        return d.Db.Set<Note>().AsNoTracking().Where(n => n.Status == NoteStatus.Published
            && (n.CommunityId == null || readable.Contains(n.CommunityId.Value))
            && !unlisted.Contains(n.AuthorAccountId));
    }

    private static async Task<NotePage> Following(Guid me, Guid? after, int take, DateTime now, Dependencies d, CancellationToken ct)
    {
        var people = (await d.Follows.FollowedAccounts(me, ct)).ToList();
        var stores = (await d.Follows.FollowedStores(me, ct)).ToList();
        var joined = d.Communities.JoinedIds(me);
        var storeCommunities = d.Communities.OfStores(stores);
        var tags = d.Db.Set<NoteProduct>();
        var q = Listed(me, now, d).Where(n => n.AuthorAccountId == me || people.Contains(n.AuthorAccountId)
            || (n.CommunityId != null && (joined.Contains(n.CommunityId.Value) || storeCommunities.Contains(n.CommunityId.Value)))
            || tags.Any(p => p.NoteId == n.Id && stores.Contains(p.StoreId)));
        // Ids are version 7 Guids: their order is their creation order, and a note posted after the first page
        // has a larger id than the cursor, so it cannot slip into a later page (it shows at the top next time).
        if (after is { } a) q = q.Where(n => n.Id.CompareTo(a) < 0);
        var notes = await q.Include(n => n.Photos).OrderByDescending(n => n.Id).Take(take + 1).ToListAsync(ct);
        var page = notes.Take(take).ToList();
        var next = notes.Count > take ? new FeedCursor.Following(page[^1].Id).Encode() : null;
        return new NotePage(await d.Reader.Summaries(page, ct), next);
    }

    private static async Task<NotePage> Discover(Guid? viewer, FeedCursor.Discover? at, int take, DateTime now, Dependencies d, CancellationToken ct)
    {
        var snapshot = at?.SnapshotUtc ?? now;
        var seen = at?.Seen ?? new HashSet<ulong>();
        var from = snapshot - Window;
        var rows = await Listed(viewer, now, d).Where(n => n.CreatedAtUtc <= snapshot && n.CreatedAtUtc > from)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(CandidateMax)
            .Select(n => new
            {
                n.Id, n.AuthorAccountId, n.CreatedAtUtc, n.LikeCount, n.SaveCount, n.CommentCount,
                Photos = n.Photos.Count, Products = n.Products.Count, BodyLength = n.Body.Length,
            })
            .ToListAsync(ct);
        rows = rows.Where(r => !seen.Contains(FeedCursor.Fingerprint(r.Id))).ToList();
        var since = await d.Accounts.People(rows.Select(r => r.AuthorAccountId).Distinct().ToList(), ct);
        var candidates = rows.Select(r => new FeedCandidate(r.Id, r.AuthorAccountId, DateTime.SpecifyKind(r.CreatedAtUtc, DateTimeKind.Utc),
            r.LikeCount, r.SaveCount, r.CommentCount, r.Photos, r.Products, r.BodyLength, since.GetValueOrDefault(r.AuthorAccountId)?.MemberSinceUtc));
        var ranked = FeedRanking.Rank(candidates, snapshot);
        var take2 = Math.Min(take, FeedCursor.DiscoverDepth - seen.Count);
        var picked = take2 > 0 ? FeedRanking.Page(ranked, take2) : [];

        var ids = picked.Select(p => p.Id).ToList();
        var loaded = (await d.Db.Set<Note>().AsNoTracking().Include(n => n.Photos).Where(n => ids.Contains(n.Id)).ToListAsync(ct)).ToDictionary(n => n.Id);
        var page = ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();

        var shown = new HashSet<ulong>(seen);
        foreach (var p in picked) shown.Add(FeedCursor.Fingerprint(p.Id));
        var more = picked.Count > 0 && ranked.Count > picked.Count && shown.Count < FeedCursor.DiscoverDepth;
        return new NotePage(await d.Reader.Summaries(page, ct), more ? new FeedCursor.Discover(snapshot, shown).Encode() : null);
    }

    public static async Task<Results<Ok<NotePage>, ValidationProblem, UnauthorizedHttpResult>> Handle(string? tab, string? cursor, int? limit,
        HttpContext http, PlazaDb db, NoteReader reader, IFollowGraph follows, ICommunityAccess communities, IAccountDirectory accounts,
        TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Execute(tab, cursor, limit, await GetNote.Viewer(http), new Dependencies(db, reader, follows, communities, accounts, clock), ct);
        if (outcome is not { } o) return TypedResults.Unauthorized();
        return o.Ok ? TypedResults.Ok(o.Value!) : TypedResults.ValidationProblem(o.Errors!);
    }
}
