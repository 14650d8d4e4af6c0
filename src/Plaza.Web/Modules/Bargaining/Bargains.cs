using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Bargaining;

internal sealed class BargainingOptions
{
    /// <summary>How many cuts one account may make in a (UTC) day (against accounts made to cut for a friend).</summary>
    public int CutsPerDay { get; set; } = 10;

    /// <summary>How often <see cref="ExpireBargains"/> closes bargains whose time is up.</summary>
    public int SweepSeconds { get; set; } = 60;
}

internal sealed record CutView(string FriendName, long AmountMinor, DateTime CutAtUtc);

internal sealed record BargainView(Guid Id, Guid DealId, Guid StoreId, Guid ProductId, Guid SkuId, string ProductName, string SkuLabel, string StarterName,
    long StartPriceMinor, long FloorPriceMinor, long CurrentPriceMinor, string Currency, int Cuts, int ExpectedCuts, string Status,
    DateTime StartedAtUtc, DateTime ExpiresAtUtc, IReadOnlyList<CutView> CutList, string Url)
{
    public bool IsOpen => Status == nameof(BargainStatus.Open);
    public bool AtFloor => CurrentPriceMinor <= FloorPriceMinor;
}

internal sealed record CutResult(Guid BargainId, long AmountMinor, long CurrentPriceMinor, long FloorPriceMinor, bool AtFloor);

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
                b.FloorPriceMinor,
                b.CurrentPriceMinor, d.Currency, b.Cuts, b.ExpectedCuts, b.State(now), b.StartedAtUtc, b.ExpiresAtUtc, list, $"/bargains/{b.Id}");
        }).ToList();
    }
}

/// <summary>Starting a bargain and cutting one: the use cases shared by the pages and the API.</summary>
internal static class Bargains
{
    public const string NotificationKind = "Bargain";

    public sealed record StartBargainRequest(Guid? DealId);

    /// <summary>
    /// Starts a bargain on a running deal at the SKU's price now. One open bargain per deal per shopper: an
    /// expired one first gives its slot back, then the unique (open_slot, starter) index decides a race.
    /// </summary>
    /// <returns>null when there is no such deal.</returns>
    public static async Task<Bargain?> Start(Guid dealId, Guid starterId, PlazaDb db, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct)
    {
        var deal = await db.Set<BargainDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId, ct);
        if (deal is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var offers = await catalog.Offers(deal.StoreId, [deal.SkuId], ct);
        if (!offers.TryGetValue(deal.SkuId, out var offer) || !offer.Available) throw new DomainException("deal_ended", "This bargain deal is not running.");
        var bargain = Bargaining.Bargain.Start(deal, starterId, offer.PriceMinor, RandomNumberGenerator.GetInt32(int.MaxValue), now);

        await db.Set<Bargain>().Where(b => b.OpenSlot == dealId && b.StarterId == starterId && b.Status == BargainStatus.Open && b.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.OpenSlot, (Guid?)null), ct);
        db.Add(bargain);
        await db.SaveOrConflictAsync("bargain_already_open", "You already have an open bargain for this item.", ct);
        return bargain;
    }

    /// <summary>
    /// A friend cuts the price: one cut per friend per bargain, never the starter, at most
    /// <see cref="BargainingOptions.CutsPerDay"/> a (UTC) day, counted in <see cref="BargainCutDay"/> by one conditional
    /// upsert in the cut's transaction, so racing cuts by one account pass the limit exactly. Cut number n takes the n-th share of the bargain's
    /// schedule, applied with ONE conditional UPDATE that also requires the cut count to still be n − 1 and the
    /// price to stay at or above the floor; a friend who loses a race simply takes the next share.
    /// </summary>
    /// <returns>null when there is no such bargain.</returns>
    public static async Task<CutResult?> Cut(Guid bargainId, Guid friendId, PlazaDb db, INotifier notifier, IOptions<BargainingOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var b = await db.Set<Bargain>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == bargainId, ct);
        if (b is null) return null;
        if (b.StarterId == friendId) throw new DomainException("own_bargain", "You cannot cut your own bargain. Share it with friends.");
        if (await db.Set<BargainCut>().AnyAsync(c => c.BargainId == bargainId && c.FriendId == friendId, ct))
            throw new DomainException("already_cut", "You have already cut this price.");
        var day = DateOnly.FromDateTime(now);
        var limit = options.Value.CutsPerDay;
        if (await db.Set<BargainCutDay>().AnyAsync(d => d.AccountId == friendId && d.Day == day && d.Cuts >= limit, ct)) throw CutLimit();

        var gap = b.StartPriceMinor - b.FloorPriceMinor;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            Check(b, now);
            var sequence = b.Cuts + 1;
            var amount = CutSchedule.Amount(gap, b.ExpectedCuts, b.Seed, sequence);
            if (amount == 0 || b.CurrentPriceMinor <= b.FloorPriceMinor) throw new DomainException("floor_reached", "The price is already at its lowest.");
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                // The day's count first, by one conditional upsert: a cut that loses below rolls it back with the transaction.
                var counted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO bargain_cut_days (account_id, day, cuts) VALUES ({friendId}, {day}, 1)
                    ON CONFLICT (account_id, day) DO UPDATE SET cuts = bargain_cut_days.cuts + 1
                    WHERE bargain_cut_days.cuts < {limit}
                    """, ct);
                if (counted != 1 || limit < 1) throw CutLimit();
                var done = await db.Set<Bargain>()
                    .Where(x => x.Id == bargainId && x.Cuts == sequence - 1 && x.Status == BargainStatus.Open && x.ExpiresAtUtc > now
                        && x.CurrentPriceMinor - amount >= x.FloorPriceMinor)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(x => x.CurrentPriceMinor, x => x.CurrentPriceMinor - amount).SetProperty(x => x.Cuts, x => x.Cuts + 1), ct);
                if (done == 1)
                {
                    var cut = BargainCut.Record(bargainId, friendId, sequence, amount, now);
                    db.Add(cut);
                    // The unique (bargain, friend) index decides when the same friend cuts twice at the same moment.
                    await db.SaveOrConflictAsync("already_cut", "You have already cut this price.", ct);
                    await tx.CommitAsync(ct);
                    var current = b.CurrentPriceMinor - amount;
                    await Tell(db, notifier, b, cut, current, ct);
                    return new CutResult(bargainId, amount, current, b.FloorPriceMinor, current <= b.FloorPriceMinor);
                }
            }
            // Someone else's cut got in first (or the bargain closed): read it again and take the next share.
            b = await db.Set<Bargain>().AsNoTracking().FirstAsync(x => x.Id == bargainId, ct);
        }
        throw new DomainException("try_again", "Many friends are cutting right now. Please try again.");
    }

    private static DomainException CutLimit() => new("cut_limit", "You have cut enough prices for today. Try again tomorrow.");

    private static void Check(Bargain b, DateTime now)
    {
        if (b.Status != BargainStatus.Open) throw new DomainException("bargain_closed", "This bargain has been bought or has ended.");
        if (b.IsExpired(now)) throw new DomainException("bargain_expired", "Time is up for this bargain.");
    }

    /// <summary>The starter hears about each cut once (the cut's id is the source).</summary>
    private static async Task Tell(PlazaDb db, INotifier notifier, Bargain b, BargainCut cut, long current, CancellationToken ct)
    {
        var deal = await db.Set<BargainDeal>().AsNoTracking().FirstAsync(d => d.Id == b.DealId, ct);
        await notifier.Notify(b.StarterId, NotificationKind, cut.Id, b.Id, new Dictionary<string, string>
        {
            ["product"] = deal.ProductName, ["amountMinor"] = cut.AmountMinor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["priceMinor"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture), ["currency"] = deal.Currency,
        }, $"/bargains/{b.Id}", ct);
    }

    public static async Task<Results<Created<BargainView>, ValidationProblem, NotFound>> HandleStart(StartBargainRequest request, ClaimsPrincipal user,
        PlazaDb db, ICatalogOffers catalog, BargainReader reader, TimeProvider clock, CancellationToken ct)
    {
        if (request.DealId is not { } dealId) return new Validator().Add("dealId", "Choose a bargain deal.").Problem();
        var bargain = await Start(dealId, user.RequiredAccountId(), db, catalog, clock, ct);
        if (bargain is null) return TypedResults.NotFound();
        return TypedResults.Created($"/api/v1/bargains/{bargain.Id}", (await reader.Bargain(bargain.Id, ct))!);
    }

    public static async Task<Results<Ok<CutResult>, NotFound>> HandleCut(Guid id, ClaimsPrincipal user, PlazaDb db, INotifier notifier,
        IOptions<BargainingOptions> options, TimeProvider clock, CancellationToken ct) =>
        await Cut(id, user.RequiredAccountId(), db, notifier, options, clock, ct) is { } cut ? TypedResults.Ok(cut) : TypedResults.NotFound();

    public static async Task<Results<Ok<BargainView>, NotFound>> HandleGet(Guid id, BargainReader reader, CancellationToken ct) =>
        await reader.Bargain(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Ok<IReadOnlyList<BargainView>>> HandleMine(ClaimsPrincipal user, BargainReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.Mine(user.RequiredAccountId(), ct));
}
