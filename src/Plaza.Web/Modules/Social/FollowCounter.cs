using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Social;

/// <summary>
/// Moves follow counts by one with a single conditional UPDATE inside the caller's transaction (so 20
/// people following one person at once make it exactly 20), and recounts them from the follow rows.
/// </summary>
internal static class FollowCounter
{
    /// <summary>
    /// Makes the counts row exist before the transaction that moves it. Two requests may both insert it;
    /// the primary key keeps one and the other carries on with that one.
    /// </summary>
    public static async Task EnsureRow(PlazaDb db, FollowTargetKind kind, Guid id, CancellationToken ct)
    {
        if (await db.Set<FollowCounts>().AnyAsync(c => c.SubjectKind == kind && c.SubjectId == id, ct)) return;
        var row = FollowCounts.Empty(kind, id);
        // Made by another request at the same moment: that row is the one to move.
        if (await db.InsertOnceAsync(row, ct)) db.Entry(row).State = EntityState.Detached;
    }

    /// <summary>
    /// One follow added (+1) or removed (-1): the target's followers and the follower's following move
    /// together. The two rows are always updated in the same order (kind, then id) so that two people
    /// following each other at the same moment cannot deadlock on PostgreSQL.
    /// </summary>
    public static async Task Move(PlazaDb db, Guid followerId, FollowTargetKind kind, Guid targetId, int by, CancellationToken ct)
    {
        var followerRow = (Kind: FollowTargetKind.Person, Id: followerId, IsTarget: false);
        var targetRow = (Kind: kind, Id: targetId, IsTarget: true);
        foreach (var row in new[] { followerRow, targetRow }.OrderBy(r => r.Kind.ToString(), StringComparer.Ordinal).ThenBy(r => r.Id.ToString()))
        {
            if (row.IsTarget) await MoveFollowers(db, row.Kind, row.Id, by, ct);
            else await MoveFollowing(db, row.Id, by, ct);
        }
    }

    private static Task<int> MoveFollowers(PlazaDb db, FollowTargetKind kind, Guid id, int by, CancellationToken ct) =>
        by > 0
            ? db.Set<FollowCounts>().Where(c => c.SubjectKind == kind && c.SubjectId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Followers, c => c.Followers + 1), ct)
            : db.Set<FollowCounts>().Where(c => c.SubjectKind == kind && c.SubjectId == id && c.Followers > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Followers, c => c.Followers - 1), ct);

    private static Task<int> MoveFollowing(PlazaDb db, Guid accountId, int by, CancellationToken ct) =>
        by > 0
            ? db.Set<FollowCounts>().Where(c => c.SubjectKind == FollowTargetKind.Person && c.SubjectId == accountId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Following, c => c.Following + 1), ct)
            : db.Set<FollowCounts>().Where(c => c.SubjectKind == FollowTargetKind.Person && c.SubjectId == accountId && c.Following > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Following, c => c.Following - 1), ct);

    /// <summary>Sets a person's or store's counts to what the follow rows say (after a repair, or to check).</summary>
    public static async Task<int> Recount(PlazaDb db, FollowTargetKind kind, Guid id, CancellationToken ct)
    {
        await EnsureRow(db, kind, id, ct);
        var isPerson = kind == FollowTargetKind.Person;
        return await db.Set<FollowCounts>().Where(c => c.SubjectKind == kind && c.SubjectId == id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Followers, c => db.Set<Follow>().Count(f => f.TargetKind == kind && f.TargetId == id))
                .SetProperty(c => c.Following, c => isPerson ? db.Set<Follow>().Count(f => f.FollowerId == id) : 0), ct);
    }
}
