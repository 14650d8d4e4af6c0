using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// The only code that writes the ledger. Every move is an entry plus one conditional UPDATE of the
/// account's balance in the same transaction; spending and taking back require <c>balance &gt;= n</c>,
/// so the balance is always the sum of the entries and never negative, however many requests race.
/// </summary>
internal sealed class PointsBook(PlazaDb db, TimeProvider clock, IOptions<LoyaltyOptions> options)
{
    public LoyaltyOptions Options => options.Value;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<PointsAccount?> Find(Guid accountId, CancellationToken ct) =>
        db.Set<PointsAccount>().AsNoTracking().FirstOrDefaultAsync(a => a.AccountId == accountId, ct);

    /// <summary>The tier whose benefits the account gets now: the higher of its growth tier and its valid paid card's tier.</summary>
    public async Task<Tier> TierOf(Guid accountId, CancellationToken ct)
    {
        var growth = await db.Set<PointsAccount>().Where(a => a.AccountId == accountId).Select(a => (long?)a.Growth).FirstOrDefaultAsync(ct) ?? 0;
        return EffectiveTier.Of(Tier.For(growth, Options.TierList), (await ValidCard(accountId, ct))?.TierName, Options.TierList);
    }

    /// <summary>The account's paid membership card if it is valid now.</summary>
    public Task<MembershipCard?> ValidCard(Guid accountId, CancellationToken ct)
    {
        var now = Now;
        return db.Set<MembershipCard>().AsNoTracking().FirstOrDefaultAsync(c => c.AccountId == accountId && c.ValidUntilUtc > now, ct);
    }

    /// <summary>Makes sure the account has a points row (outside any transaction: a lost race is fine).</summary>
    public async Task Open(Guid accountId, CancellationToken ct)
    {
        if (await db.Set<PointsAccount>().AnyAsync(a => a.AccountId == accountId, ct)) return;
        await db.InsertOnceAsync(PointsAccount.Open(accountId, Now), ct);
    }

    /// <summary>
    /// Adds points (and growth) once per (account, kind, source), in a transaction of its own.
    /// Returns the entry, or null when that source was already credited.
    /// </summary>
    public async Task<PointsEntry?> Credit(Guid accountId, PointsKind kind, long points, long growth, string source, Guid? orderId, CancellationToken ct)
    {
        if (points < 0 || growth < 0) throw new ArgumentOutOfRangeException(nameof(points));
        if (points == 0 && growth == 0) return null;
        await Open(accountId, ct);
        var now = Now;
        var entry = PointsEntry.Create(accountId, kind, points, growth, source, orderId, now, now + Options.Expiry);
        return await Write(entry, ct) == Written.Yes ? entry : null;
    }

    /// <summary>
    /// Takes up to <paramref name="wanted"/> points back (a reversal after a refund), but never more than the
    /// balance: points already spent stay spent. Once per (account, kind, source). Returns what was taken.
    /// </summary>
    public async Task<long> TakeBack(Guid accountId, PointsKind kind, long wanted, long growth, string source, Guid? orderId, CancellationToken ct)
    {
        if (wanted <= 0 && growth <= 0) return 0;
        await Open(accountId, ct);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var balance = await db.Set<PointsAccount>().AsNoTracking().Where(a => a.AccountId == accountId).Select(a => a.Balance).FirstAsync(ct);
            var take = Math.Min(Math.Max(wanted, 0), balance);
            if (take == 0 && growth <= 0) return 0;
            var entry = PointsEntry.Create(accountId, kind, -take, -Math.Max(growth, 0), source, orderId, Now, null);
            switch (await Write(entry, ct))
            {
                case Written.Yes: return take;
                case Written.AlreadyThere: return 0;
                // The balance fell between reading and writing: read it again.
            }
        }
        throw new DomainException("points_busy", "Points are changing too fast; try again.");
    }

    /// <summary>
    /// Inside the caller's transaction (checkout): spend exactly <paramref name="points"/> or throw 409
    /// points_insufficient. Writes the redeemed entry keyed by the order.
    /// </summary>
    public async Task Spend(Guid accountId, long points, Guid orderId, CancellationToken ct)
    {
        var entry = PointsEntry.Create(accountId, PointsKind.Redeemed, -points, 0, Source.Order(orderId), orderId, Now, null);
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        if (await Move(accountId, -points, 0, ct) == 0)
            throw new DomainException("points_insufficient", "You no longer have enough points for this. Lower the points to spend.");
    }

    /// <summary>Writes an expiry entry (in its own transaction); false when that expiry was already written or the points are gone.</summary>
    public async Task<bool> Expire(Guid accountId, long points, string source, CancellationToken ct)
    {
        return await Write(PointsEntry.Create(accountId, PointsKind.Expired, -points, 0, source, null, Now, null), ct) == Written.Yes;
    }

    private enum Written { Yes, AlreadyThere, NotEnough }

    /// <summary>The entry and the balance in one transaction, or neither.</summary>
    private async Task<Written> Write(PointsEntry entry, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The insert comes first: on SQLite it takes the write lock before anything is read.
        // The unique (account, kind, source) index: this entry was written before, by this call's twin.
        if (!await db.InsertOnceAsync(entry, ct)) return Written.AlreadyThere;
        if (await Move(entry.AccountId, entry.Amount, entry.Growth, ct) == 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Written.NotEnough;
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Written.Yes;
    }

    /// <summary>One conditional UPDATE: a negative move only while the balance covers it.</summary>
    private Task<int> Move(Guid accountId, long points, long growth, CancellationToken ct) =>
        db.Set<PointsAccount>().Where(a => a.AccountId == accountId && a.Balance + points >= 0 && a.Growth + growth >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + points).SetProperty(a => a.Growth, a => a.Growth + growth), ct);

    /// <summary>Ledger sources (idempotency keys).</summary>
    public static class Source
    {
        public static string Order(Guid orderId) => $"order:{orderId:N}";
        /// <summary>A give-back or take-back for an order, keyed by how much of it has been given back in total after this entry.</summary>
        public static string OrderUpTo(Guid orderId, long cumulative, long cumulativeGrowth = 0) => $"order:{orderId:N}:upto:{cumulative}:{cumulativeGrowth}";
        public static string Review(Guid reviewId) => $"review:{reviewId:N}";
        public static string Invitation(Guid inviteeId) => $"invitee:{inviteeId:N}";
        public static string Day(DateOnly day) => $"day:{day:yyyy-MM-dd}";
        /// <summary>An expiry, keyed by the last earning it covers.</summary>
        public static string Expiry(Guid lastEarningId) => $"through:{lastEarningId:N}";
    }
}


internal sealed class LoyaltyPoints(PointsBook book, PlazaDb db) : Contracts.ILoyaltyPoints
{
    public async Task<Contracts.PointsWallet> Wallet(Guid accountId, CancellationToken ct) =>
        new((await book.Find(accountId, ct))?.Balance ?? 0, book.Options.SpendCapPercent, book.Options.PointsPerCurrencyUnitSpent);

    public async Task<Contracts.PointsStatement> Statement(Guid accountId, CancellationToken ct)
    {
        var balance = (await book.Find(accountId, ct))?.Balance ?? 0;
        var (earnings, takenOff) = await ExpirePoints.Ledger(db, accountId, ct);
        var lots = PointsExpiry.Schedule([.. earnings.Select(e => e.Earning)], takenOff, book.Now);
        return new(balance, lots.Select(l => new Contracts.PointsLot(l.Amount, l.ExpiresAtUtc)).ToList());
    }

    public async Task<Contracts.TierStanding> Standing(Guid accountId, CancellationToken ct)
    {
        var m = await MyMembership.Execute(accountId, book, ct);
        return new(m.EffectiveTier.Name, m.Tier.Name, m.Growth, m.NextTier?.Name, m.GrowthToNext, m.Card?.ActiveUntilUtc);
    }
}
