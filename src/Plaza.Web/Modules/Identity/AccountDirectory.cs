using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

internal sealed class AccountDirectory(PlazaDb db) : IAccountDirectory
{
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

    public async Task<IReadOnlyDictionary<Guid, PersonRef>> People(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Account>().AsNoTracking().Where(a => list.Contains(a.Id) && a.DeletedAtUtc == null)
            .ToDictionaryAsync(a => a.Id, a => new PersonRef(a.Id, a.DisplayName, a.CreatedAtUtc), ct);
    }
}
