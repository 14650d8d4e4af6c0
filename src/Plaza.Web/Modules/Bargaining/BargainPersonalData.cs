using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// The bargains a person started and the cuts they made for friends. Both hold only the pseudonymous account
/// id (a bought bargain is part of an order, kept for accounting): nothing to erase. Bargain pages show people
/// by their current display name, so a deleted account simply stops being named.
/// </summary>
internal sealed class BargainPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "bargains";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Started = await db.Set<Bargain>().AsNoTracking().Where(b => b.StarterId == accountId).OrderBy(b => b.StartedAtUtc)
            .Select(b => new { b.Id, b.DealId, b.StartPriceMinor, b.CurrentPriceMinor, b.FloorPriceMinor, Status = b.Status.ToString(), b.OrderId, b.StartedAtUtc })
            .ToListAsync(ct),
        Cuts = await db.Set<BargainCut>().AsNoTracking().Where(c => c.FriendId == accountId).OrderBy(c => c.CutAtUtc)
            .Select(c => new { c.BargainId, c.AmountMinor, c.CutAtUtc }).ToListAsync(ct),
    };

    public Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) => Task.CompletedTask;
}
