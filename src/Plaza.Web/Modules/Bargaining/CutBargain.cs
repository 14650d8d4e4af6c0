using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>What one cut did: the amount off, the price now and whether it reached the floor.</summary>
internal sealed record CutResult(Guid BargainId, long AmountMinor, long CurrentPriceMinor, long FloorPriceMinor, bool AtFloor);

/// <summary>A friend cuts the price of a shopper's bargain.</summary>
internal static class CutBargain
{
    public const string NotificationKind = "Bargain";

    /// <summary>
    /// A friend cuts the price: one cut per friend per bargain, never the starter, at most
    /// <see cref="BargainingOptions.CutsPerDay"/> a (UTC) day, counted in <see cref="BargainCutDay"/> by one conditional
    /// upsert in the cut's transaction, so racing cuts by one account pass the limit exactly. Cut number n takes the n-th
    /// share of the bargain's schedule, applied with ONE conditional UPDATE that also requires the cut count to still be n − 1 and the
    /// price to stay at or above the floor; a friend who loses a race simply takes the next share.
    /// </summary>
    /// <returns>null when there is no such bargain.</returns>
    public static async Task<CutResult?> Execute(Guid bargainId, Guid friendId, PlazaDb db, INotifier notifier, IOptions<BargainingOptions> options,
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

    public static async Task<Results<Ok<CutResult>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, INotifier notifier,
        IOptions<BargainingOptions> options, TimeProvider clock, CancellationToken ct) =>
        await Execute(id, user.RequiredAccountId(), db, notifier, options, clock, ct) is { } cut ? TypedResults.Ok(cut) : TypedResults.NotFound();
}
