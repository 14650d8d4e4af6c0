using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Leaders.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders;

internal sealed class LeaderDirectory(PlazaDb db) : ILeaderDirectory
{
    public Task<bool> IsApprovedLeader(Guid storeId, Guid accountId, CancellationToken ct) =>
        db.Set<Leader>().AnyAsync(l => l.StoreId == storeId && l.AccountId == accountId && l.Status == LeaderStatus.Approved, ct);
}
