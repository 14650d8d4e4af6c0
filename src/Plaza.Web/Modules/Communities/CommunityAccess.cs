using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

internal sealed class CommunityAccess(PlazaDb db) : ICommunityAccess
{
    public Task<bool> CanRead(Guid communityId, Guid? accountId, CancellationToken ct) =>
        db.Set<Community>().AnyAsync(c => c.Id == communityId && (c.Visibility == CommunityVisibility.Public
            || (accountId != null && db.Set<Membership>().Any(m => m.CommunityId == c.Id && m.AccountId == accountId && m.Status == MembershipStatus.Active))),
            ct);

    public Task<bool> IsActiveMember(Guid communityId, Guid accountId, CancellationToken ct) =>
        db.Set<Membership>().AnyAsync(m => m.CommunityId == communityId && m.AccountId == accountId && m.Status == MembershipStatus.Active, ct);

    public Task<CommunityRef?> PinnedForStore(Guid storeId, CancellationToken ct) =>
        db.Set<Community>().AsNoTracking().Where(c => c.StoreId == storeId && c.IsPinned)
            .Select(c => new CommunityRef(c.Id, c.Slug, c.Name)).FirstOrDefaultAsync(ct)!;

    public Task<CommunityRef?> Find(Guid communityId, CancellationToken ct) =>
        db.Set<Community>().AsNoTracking().Where(c => c.Id == communityId)
            .Select(c => new CommunityRef(c.Id, c.Slug, c.Name)).FirstOrDefaultAsync(ct)!;

    public IQueryable<Guid> ReadableIds(Guid? accountId) =>
        db.Set<Community>().Where(c => c.Visibility == CommunityVisibility.Public
            || (accountId != null && db.Set<Membership>().Any(m => m.CommunityId == c.Id && m.AccountId == accountId && m.Status == MembershipStatus.Active)))
            .Select(c => c.Id);

    public IQueryable<Guid> JoinedIds(Guid accountId) =>
        db.Set<Membership>().Where(m => m.AccountId == accountId && m.Status == MembershipStatus.Active).Select(m => m.CommunityId);

    public IQueryable<Guid> OfStores(IReadOnlyCollection<Guid> storeIds)
    {
        var ids = storeIds.ToList();
        return db.Set<Community>().Where(c => c.StoreId != null && ids.Contains(c.StoreId.Value)).Select(c => c.Id);
    }
}
