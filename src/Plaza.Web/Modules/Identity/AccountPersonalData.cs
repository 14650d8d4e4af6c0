using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

/// <summary>The profile itself; erasing it also ends every session.</summary>
internal sealed class AccountPersonalData(PlazaDb db, TimeProvider clock) : IPersonalDataContributor
{
    public string Section => "profile";

    /// <summary>Last: the other modules may still look the account up while they erase.</summary>
    public bool ErasedLast => true;

    public async Task<object?> Export(Guid accountId, CancellationToken ct)
    {
        var a = await db.Set<Account>().AsNoTracking().FirstAsync(x => x.Id == accountId, ct);
        var sessions = await db.Set<Session>().AsNoTracking().Where(s => s.AccountId == accountId)
            .Select(s => new { s.Kind, s.CreatedAtUtc, s.ExpiresAtUtc }).ToListAsync(ct);
        return new { a.Id, a.Email, a.Phone, a.DisplayName, a.Roles, a.PreferredCulture, a.CreatedAtUtc, Sessions = sessions };
    }

    public async Task<IEnumerable<string>> Identifiers(Guid accountId, CancellationToken ct)
    {
        var a = await db.Set<Account>().AsNoTracking().FirstAsync(x => x.Id == accountId, ct);
        return new[] { a.Email, a.Phone, a.DisplayName }.OfType<string>();
    }

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        var account = await db.Set<Account>().FirstAsync(x => x.Id == accountId, ct);
        account.Erase(clock.GetUtcNow().UtcDateTime);
        await db.Set<Session>().Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
    }
}
