using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Social;

/// <summary>A deleted account follows no one and is followed by no one; everyone's counts are recounted.</summary>
internal sealed class FollowPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "follows";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Following = await db.Set<Follow>().AsNoTracking().Where(f => f.FollowerId == accountId)
            .Select(f => new { Kind = f.TargetKind.ToString(), f.TargetId, f.CreatedAtUtc }).ToListAsync(ct),
        Followers = await db.Set<Follow>().AsNoTracking().Where(f => f.TargetKind == FollowTargetKind.Person && f.TargetId == accountId)
            .Select(f => new { f.FollowerId, f.CreatedAtUtc }).ToListAsync(ct),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        var followed = await db.Set<Follow>().Where(f => f.FollowerId == accountId).Select(f => new { f.TargetKind, f.TargetId }).ToListAsync(ct);
        var followers = await db.Set<Follow>().Where(f => f.TargetKind == FollowTargetKind.Person && f.TargetId == accountId).Select(f => f.FollowerId)
            .ToListAsync(ct);
        await db.Set<Follow>().Where(f => f.FollowerId == accountId || (f.TargetKind == FollowTargetKind.Person && f.TargetId == accountId))
            .ExecuteDeleteAsync(ct);
        await db.Set<FollowCounts>().Where(c => c.SubjectKind == FollowTargetKind.Person && c.SubjectId == accountId).ExecuteDeleteAsync(ct);
        foreach (var t in followed) await FollowCounter.Recount(db, t.TargetKind, t.TargetId, ct);
        foreach (var f in followers) await FollowCounter.Recount(db, FollowTargetKind.Person, f, ct);
    }
}
