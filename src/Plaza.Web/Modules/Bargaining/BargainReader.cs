using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>A friend's cut as the bargain's page shows it.</summary>
internal sealed record CutView(string FriendName, long AmountMinor, DateTime CutAtUtc);

/// <summary>A bargain as its page and the API show it: prices, cuts so far (friends by display name), status.</summary>
internal sealed record BargainView(Guid Id, Guid DealId, Guid StoreId, Guid ProductId, Guid SkuId, string ProductName, string SkuLabel, string StarterName,
    long StartPriceMinor, long FloorPriceMinor, long CurrentPriceMinor, string Currency, int Cuts, int ExpectedCuts, string Status,
    DateTime StartedAtUtc, DateTime ExpiresAtUtc, IReadOnlyList<CutView> CutList, string Url)
{
    public bool IsOpen => Status == nameof(BargainStatus.Open);
    public bool AtFloor => CurrentPriceMinor <= FloorPriceMinor;
}

/// <summary>Reading bargains: one bargain with its cuts (friends by display name), and "my bargains".</summary>
internal sealed class BargainReader(PlazaDb db, IAccountDirectory accounts, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<BargainView?> Bargain(Guid id, CancellationToken ct) =>
        await Views(db.Set<Bargain>().Where(b => b.Id == id), ct) is [var view, ..] ? view : null;

    public Task<IReadOnlyList<BargainView>> Mine(Guid starterId, CancellationToken ct) =>
        Views(db.Set<Bargain>().Where(b => b.StarterId == starterId).OrderByDescending(b => b.StartedAtUtc).Take(50), ct);

    /// <summary>This shopper's bargain on this deal that is still open, if any.</summary>
    public Task<Guid?> OpenBargain(Guid dealId, Guid starterId, CancellationToken ct)
    {
        var now = Now;
        return db.Set<Bargain>().Where(b => b.DealId == dealId && b.StarterId == starterId && b.Status == BargainStatus.Open && b.ExpiresAtUtc > now)
            .Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<IReadOnlyList<BargainView>> Views(IQueryable<Bargain> query, CancellationToken ct)
    {
        var bargains = await query.AsNoTracking().ToListAsync(ct);
        if (bargains.Count == 0) return [];
        var ids = bargains.Select(b => b.Id).ToList();
        var dealIds = bargains.Select(b => b.DealId).Distinct().ToList();
        var deals = await db.Set<BargainDeal>().AsNoTracking().Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var cuts = await db.Set<BargainCut>().AsNoTracking().Where(c => ids.Contains(c.BargainId)).OrderBy(c => c.Sequence).ToListAsync(ct);
        var people = await accounts.People(cuts.Select(c => c.FriendId).Concat(bargains.Select(b => b.StarterId)).Distinct().ToList(), ct);
        string Name(Guid id) => people.TryGetValue(id, out var p) ? p.DisplayName : "—";
        var now = Now;
        return bargains.Select(b =>
        {
            var d = deals[b.DealId];
            var list = cuts.Where(c => c.BargainId == b.Id).Select(c => new CutView(Name(c.FriendId), c.AmountMinor, c.CutAtUtc)).ToList();
            return new BargainView(b.Id, b.DealId, b.StoreId, d.ProductId, b.SkuId, d.ProductName, d.SkuLabel, Name(b.StarterId), b.StartPriceMinor,
                b.FloorPriceMinor, b.CurrentPriceMinor, d.Currency, b.Cuts, b.ExpectedCuts, b.State(now), b.StartedAtUtc, b.ExpiresAtUtc,
                list, $"/bargains/{b.Id}");
        }).ToList();
    }
}
