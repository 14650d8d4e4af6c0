using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Stores;

/// <summary>The stores a person works at; a deleted account works nowhere.</summary>
internal sealed class StaffPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "staff_of_stores";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) =>
        await (from s in db.Set<StoreStaff>().AsNoTracking()
               join store in db.Set<Store>() on s.StoreId equals store.Id
               where s.AccountId == accountId
               select new { StoreId = store.Id, store.Name, s.AddedAtUtc }).ToListAsync(ct);

    public Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) =>
        db.Set<StoreStaff>().Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
}
