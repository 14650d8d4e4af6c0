using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// Moves a community's member count by one with a single conditional UPDATE inside the caller's
/// transaction (so 20 people joining at once make it exactly 20 more), and recounts it from the rows.
/// </summary>
internal static class MemberCounter
{
    public static Task<int> Increment(PlazaDb db, Guid communityId, CancellationToken ct) =>
        db.Set<Community>().Where(c => c.Id == communityId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MemberCount, c => c.MemberCount + 1), ct);

    public static Task<int> Decrement(PlazaDb db, Guid communityId, CancellationToken ct) =>
        db.Set<Community>().Where(c => c.Id == communityId && c.MemberCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MemberCount, c => c.MemberCount - 1), ct);

    /// <summary>
    /// Takes the community row's write lock for the rest of the transaction without changing it, so two
    /// owners stepping down at once are decided one after the other (one of them stays owner).
    /// </summary>
    public static Task<int> Lock(PlazaDb db, Guid communityId, CancellationToken ct) =>
        db.Set<Community>().Where(c => c.Id == communityId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MemberCount, c => c.MemberCount), ct);

    /// <summary>Sets the count to the number of active members (after a repair, or to check).</summary>
    public static Task<int> Recount(PlazaDb db, Guid communityId, CancellationToken ct) =>
        db.Set<Community>().Where(c => c.Id == communityId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MemberCount,
                c => db.Set<Membership>().Count(m => m.CommunityId == c.Id && m.Status == MembershipStatus.Active)), ct);
}
