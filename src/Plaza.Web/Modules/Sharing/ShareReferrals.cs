using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing;

internal sealed class ShareReferrals(PlazaDb db) : IShareReferrals
{
    public Task<SignupSource?> SignedUpThrough(Guid accountId, CancellationToken ct) =>
        (from s in db.Set<ShareSignup>().AsNoTracking()
         join l in db.Set<ShareLink>().AsNoTracking() on s.ShareLinkId equals l.Id
         where s.AccountId == accountId
         select new SignupSource(l.SharerAccountId, s.SignedUpAtUtc)).FirstOrDefaultAsync(ct);

    public Task<bool> IsSelfPurchase(Guid orderId, CancellationToken ct) =>
        db.Set<ShareAttribution>().AsNoTracking().AnyAsync(a => a.OrderId == orderId && a.IsSelf, ct);

    public async Task<SharerTotals> Totals(Guid sharerAccountId, CancellationToken ct)
    {
        var links = db.Set<ShareLink>().AsNoTracking().Where(l => l.SharerAccountId == sharerAccountId).Select(l => l.Id);
        var visits = await db.Set<ShareVisit>().AsNoTracking().Where(v => links.Contains(v.ShareLinkId)).SumAsync(v => (int?)v.Visits, ct) ?? 0;
        var signups = await db.Set<ShareSignup>().AsNoTracking().CountAsync(s => links.Contains(s.ShareLinkId), ct);
        var orders = await db.Set<ShareAttribution>().AsNoTracking().CountAsync(a => a.SharerAccountId == sharerAccountId && !a.IsSelf, ct);
        return new SharerTotals(visits, signups, orders);
    }

    public Task<int> SignupsSince(Guid sharerAccountId, DateTime sinceUtc, CancellationToken ct) =>
        (from s in db.Set<ShareSignup>().AsNoTracking()
         join l in db.Set<ShareLink>().AsNoTracking() on s.ShareLinkId equals l.Id
         where l.SharerAccountId == sharerAccountId && s.SignedUpAtUtc >= sinceUtc
         select s).CountAsync(ct);
}
