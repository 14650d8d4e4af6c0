using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

internal sealed class AccountDirectory(PlazaDb db, TimeProvider clock, IEnumerable<ITrustSignalSource> sources) : IAccountDirectory
{
    public async Task<int> TrustLevel(Guid id, CancellationToken ct)
    {
        var account = await db.Set<Account>().AsNoTracking().Where(a => a.Id == id && a.DeletedAtUtc == null)
            .Select(a => new { a.CreatedAtUtc, a.TrustLevel, a.LockedTrustLevel }).FirstOrDefaultAsync(ct);
        if (account is null) return TrustLevelNames.New;
        if (account.LockedTrustLevel is { } locked) return locked;
        var now = clock.GetUtcNow().UtcDateTime;
        var signals = new TrustSignals();
        foreach (var source in sources) signals += await source.For(id, now - TrustRules.PenaltyWindow, ct);
        var level = TrustRules.Compute(now - account.CreatedAtUtc, signals, account.TrustLevel);
        if (level != account.TrustLevel) // one conditional UPDATE; a lock set meanwhile wins
            await db.Set<Account>().Where(a => a.Id == id && a.LockedTrustLevel == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.TrustLevel, level), ct);
        return level;
    }

    public async Task<AccountStanding?> Standing(Guid id, CancellationToken ct) =>
        await db.Set<Account>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AccountStanding(a.Id, a.DisplayName, a.CreatedAtUtc, a.TrustLevel, a.LockedTrustLevel != null, a.SuspendedUntilUtc,
                a.DeletedAtUtc != null))
            .FirstOrDefaultAsync(ct);

    public async Task<AccountRef?> FindByLogin(string login, CancellationToken ct)
    {
        var (email, phone) = Logins.Parse(login);
        if (email is null && phone is null) return null;
        return await db.Set<Account>().AsNoTracking()
            .Where(a => a.DeletedAtUtc == null && ((email != null && a.Email == email) || (phone != null && a.Phone == phone)))
            .Select(a => new AccountRef(a.Id, a.DisplayName, a.Email, a.Phone)).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, AccountRef>> Find(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Account>().AsNoTracking().Where(a => list.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new AccountRef(a.Id, a.DisplayName, a.Email, a.Phone), ct);
    }

    public async Task<DateTime?> RegisteredAt(Guid id, CancellationToken ct) =>
        await db.Set<Account>().AsNoTracking().Where(a => a.Id == id).Select(a => (DateTime?)a.CreatedAtUtc).FirstOrDefaultAsync(ct);

    public async Task<bool> IsSuspended(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<Account>().AsNoTracking().AnyAsync(a => a.Id == id && a.SuspendedUntilUtc != null && a.SuspendedUntilUtc > now, ct);
    }

    public async Task<IReadOnlyDictionary<Guid, PersonRef>> People(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Account>().AsNoTracking().Where(a => list.Contains(a.Id) && a.DeletedAtUtc == null)
            .ToDictionaryAsync(a => a.Id, a => new PersonRef(a.Id, a.DisplayName, a.CreatedAtUtc), ct);
    }

    public IQueryable<Guid> UnlistedIds(DateTime nowUtc) =>
        db.Set<Account>().Where(a => a.DeletedAtUtc != null || (a.SuspendedUntilUtc != null && a.SuspendedUntilUtc > nowUtc)).Select(a => a.Id);

    public IQueryable<StoredAccount> Stored() =>
        db.Set<Account>().AsNoTracking().Select(a => new StoredAccount
        {
            Id = a.Id, DisplayName = a.DisplayName, TrustLevel = a.TrustLevel, SuspendedUntilUtc = a.SuspendedUntilUtc, Deleted = a.DeletedAtUtc != null,
        });
}

/// <summary>
/// Tracks the change on the scoped PlazaDb and ends the account's sessions; the caller (a moderator's
/// action) saves, so the suspension and its audit row are one transaction.
/// </summary>
internal sealed class AccountSuspensions(PlazaDb db) : IAccountSuspensions
{
    public async Task<bool> Suspend(Guid accountId, DateTime untilUtc, CancellationToken ct)
    {
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.Id == accountId && a.DeletedAtUtc == null, ct);
        if (account is null) return false;
        account.Suspend(untilUtc);
        db.RemoveRange(await db.Set<Session>().Where(s => s.AccountId == accountId).ToListAsync(ct));
        return true;
    }

    public async Task<bool> Unsuspend(Guid accountId, CancellationToken ct)
    {
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.Id == accountId && a.DeletedAtUtc == null, ct);
        if (account is null) return false;
        account.Unsuspend();
        return true;
    }

    public async Task<bool> LockTrustLevel(Guid accountId, int? level, CancellationToken ct)
    {
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.Id == accountId && a.DeletedAtUtc == null, ct);
        if (account is null) return false;
        account.LockTrustLevel(level);
        return true;
    }
}
