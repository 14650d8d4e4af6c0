using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>Keeps a wallet's balance in step with its entries: call inside the transaction that adds the entry.</summary>
internal static class WalletLedger
{
    /// <summary>Adds <paramref name="deltaMinor"/> to the balance with one statement, opening the wallet on its first entry.</summary>
    public static async Task Adjust(PlazaDb db, Guid accountId, string currency, long deltaMinor, CancellationToken ct)
    {
        if (await Add(db, accountId, currency, deltaMinor, ct) > 0) return;
        db.Add(Wallet.Open(accountId, currency));
        await db.SaveChangesAsync(ct);
        await Add(db, accountId, currency, deltaMinor, ct);
    }

    private static Task<int> Add(PlazaDb db, Guid accountId, string currency, long deltaMinor, CancellationToken ct) =>
        db.Set<Wallet>().Where(w => w.AccountId == accountId && w.Currency == currency)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.BalanceMinor, w => w.BalanceMinor + deltaMinor), ct);

    /// <summary>Takes <paramref name="amountMinor"/> off only if the balance covers it (one conditional UPDATE).</summary>
    public static async Task<bool> TryTake(PlazaDb db, Guid accountId, string currency, long amountMinor, CancellationToken ct) =>
        await db.Set<Wallet>().Where(w => w.AccountId == accountId && w.Currency == currency && w.BalanceMinor >= amountMinor)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.BalanceMinor, w => w.BalanceMinor - amountMinor), ct) == 1;
}
