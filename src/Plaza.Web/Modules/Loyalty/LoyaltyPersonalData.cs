using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// A person's points balance, growth value and ledger, their paid membership card and its purchases; all of it goes
/// when the account is deleted.
/// </summary>
internal sealed class LoyaltyPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "loyalty";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Account = await db.Set<PointsAccount>().AsNoTracking().Where(a => a.AccountId == accountId)
            .Select(a => new { a.Balance, a.Growth, a.CreatedAtUtc }).FirstOrDefaultAsync(ct),
        Entries = (await db.Set<PointsEntry>().AsNoTracking().Where(e => e.AccountId == accountId).OrderBy(e => e.CreatedAtUtc).ToListAsync(ct))
            .Select(e => new { Kind = MyPoints.KindName(e.Kind), e.Amount, e.Growth, e.Source, e.OrderId, e.CreatedAtUtc, e.ExpiresAtUtc }),
        MembershipCard = await db.Set<MembershipCard>().AsNoTracking().Where(c => c.AccountId == accountId)
            .Select(c => new { c.TierName, c.ValidUntilUtc }).FirstOrDefaultAsync(ct),
        MembershipCardPurchases = (await db.Set<MembershipCardPurchase>().AsNoTracking().Where(p => p.AccountId == accountId).OrderBy(p => p.CreatedAtUtc)
            .ToListAsync(ct))
            .Select(CardPurchaseView.From),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        await db.Set<PointsEntry>().Where(e => e.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<MembershipCardPurchase>().Where(p => p.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<MembershipCard>().Where(c => c.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<PointsAccount>().Where(a => a.AccountId == accountId).ExecuteDeleteAsync(ct);
    }
}
