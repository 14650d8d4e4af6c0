using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Social;

internal sealed class FollowGraph(PlazaDb db) : IFollowGraph
{
    public async Task<IReadOnlyList<Guid>> FollowedAccounts(Guid accountId, CancellationToken ct) =>
        await Followed(accountId, FollowTargetKind.Person, ct);

    public async Task<IReadOnlyList<Guid>> FollowedStores(Guid accountId, CancellationToken ct) =>
        await Followed(accountId, FollowTargetKind.Store, ct);

    private Task<List<Guid>> Followed(Guid accountId, FollowTargetKind kind, CancellationToken ct) =>
        db.Set<Follow>().AsNoTracking().Where(f => f.FollowerId == accountId && f.TargetKind == kind)
            .OrderByDescending(f => f.CreatedAtUtc).ThenBy(f => f.TargetId).Select(f => f.TargetId).ToListAsync(ct);

    public Task<bool> IsFollowing(Guid followerId, FollowTargetKind kind, Guid targetId, CancellationToken ct) =>
        db.Set<Follow>().AnyAsync(f => f.FollowerId == followerId && f.TargetKind == kind && f.TargetId == targetId, ct);

    public async Task<IReadOnlyList<Guid>> Followers(FollowTargetKind kind, Guid targetId, int max, CancellationToken ct) =>
        await db.Set<Follow>().AsNoTracking().Where(f => f.TargetKind == kind && f.TargetId == targetId)
            .OrderBy(f => f.CreatedAtUtc).ThenBy(f => f.FollowerId).Take(max).Select(f => f.FollowerId).ToListAsync(ct);

    public async Task<FollowSummary> Summary(FollowTargetKind kind, Guid targetId, Guid? viewer, CancellationToken ct)
    {
        var counts = await db.Set<FollowCounts>().AsNoTracking().FirstOrDefaultAsync(c => c.SubjectKind == kind && c.SubjectId == targetId, ct);
        var followed = viewer is { } v && await IsFollowing(v, kind, targetId, ct);
        return new FollowSummary(counts?.Followers ?? 0, counts?.Following ?? 0, followed);
    }
}
