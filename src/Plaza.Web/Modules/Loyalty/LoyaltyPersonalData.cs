using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>A person's points balance, growth value and ledger; all of it goes when the account is deleted.</summary>
internal sealed class LoyaltyPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "loyalty";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Account = await db.Set<PointsAccount>().AsNoTracking().Where(a => a.AccountId == accountId)
            .Select(a => new { a.Balance, a.Growth, a.CreatedAtUtc }).FirstOrDefaultAsync(ct),
        Entries = (await db.Set<PointsEntry>().AsNoTracking().Where(e => e.AccountId == accountId).OrderBy(e => e.CreatedAtUtc).ToListAsync(ct))
            .Select(e => new { Kind = MyPoints.KindName(e.Kind), e.Amount, e.Growth, e.Source, e.OrderId, e.CreatedAtUtc, e.ExpiresAtUtc }),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        await db.Set<PointsEntry>().Where(e => e.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<PointsAccount>().Where(a => a.AccountId == accountId).ExecuteDeleteAsync(ct);
    }
}
