using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// Referral keeps only ids and amounts: being a promoter, commissions earned (and those earned on the person's
/// orders by others), the wallet ledger. On deletion the promoter opt-in goes; commissions and wallet entries are
/// accounting records and stay under the pseudonymous account id (they hold no name, email or address).
/// </summary>
internal sealed class ReferralPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "referrals";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Promoter = await db.Set<Promoter>().AsNoTracking().Where(p => p.AccountId == accountId).Select(p => new { p.JoinedAtUtc }).FirstOrDefaultAsync(ct),
        CommissionsEarned = await db.Set<Commission>().AsNoTracking().Where(c => c.PromoterId == accountId)
            .Select(c => new { c.OrderId, c.Level, c.AmountMinor, c.ReversedMinor, c.Currency, Status = c.Status.ToString(), c.CompletedAtUtc,
                c.ReleasedAtUtc }).ToListAsync(ct),
        CommissionsOnMyOrders = await db.Set<Commission>().AsNoTracking().Where(c => c.CustomerId == accountId)
            .Select(c => new { c.OrderId, c.Level, c.AmountMinor, c.Currency }).ToListAsync(ct),
        Wallet = await db.Set<WalletEntry>().AsNoTracking().Where(e => e.AccountId == accountId)
            .Select(e => new { Kind = e.Kind.ToString(), e.AmountMinor, e.Currency, e.State, e.AtUtc }).ToListAsync(ct),
    };

    public Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) =>
        db.Set<Promoter>().Where(p => p.AccountId == accountId).ExecuteDeleteAsync(ct);
}
