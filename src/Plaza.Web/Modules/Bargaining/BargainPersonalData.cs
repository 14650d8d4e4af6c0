using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// The bargains a person started and the cuts they made for friends. Both hold only the pseudonymous account
/// id (a bought bargain is part of an order, kept for accounting): only the daily cut counts are erased. Bargain pages show people
/// by their current display name, so a deleted account simply stops being named.
/// </summary>
internal sealed class BargainPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "bargains";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Started = await db.Set<Bargain>().AsNoTracking().Where(b => b.StarterId == accountId).OrderBy(b => b.StartedAtUtc)
            .Select(b => new { b.Id, b.DealId, b.StartPriceMinor, b.CurrentPriceMinor, b.FloorPriceMinor, Status = b.Status.ToString(), b.OrderId,
                b.StartedAtUtc })
            .ToListAsync(ct),
        Cuts = await db.Set<BargainCut>().AsNoTracking().Where(c => c.FriendId == accountId).OrderBy(c => c.CutAtUtc)
            .Select(c => new { c.BargainId, c.AmountMinor, c.CutAtUtc }).ToListAsync(ct),
        CutsPerDay = await db.Set<BargainCutDay>().AsNoTracking().Where(d => d.AccountId == accountId).OrderBy(d => d.Day)
            .Select(d => new { d.Day, d.Cuts }).ToListAsync(ct),
    };

    /// <summary>The daily cut counts are only a guard against abuse: they go.</summary>
    public Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) =>
        db.Set<BargainCutDay>().Where(d => d.AccountId == accountId).ExecuteDeleteAsync(ct);
}
