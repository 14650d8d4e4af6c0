using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Reviews;

/// <summary>Moves a review's helpful count by one conditional UPDATE in the caller's transaction; never read-modify-write.</summary>
internal static class HelpfulCounter
{
    public static Task<int> Increment(PlazaDb db, Guid reviewId, CancellationToken ct) =>
        db.Set<Review>().Where(r => r.Id == reviewId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HelpfulCount, r => r.HelpfulCount + 1), ct);

    public static Task<int> Decrement(PlazaDb db, Guid reviewId, CancellationToken ct) =>
        db.Set<Review>().Where(r => r.Id == reviewId && r.HelpfulCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HelpfulCount, r => r.HelpfulCount - 1), ct);
}

/// <summary>
/// "Helpful": one vote per account per review, not by its author (409 <c>own_review</c>). Voting twice
/// changes nothing (the primary key decides even when two taps race); taking the vote back is allowed.
/// </summary>
internal static class HelpfulVotes
{
    public sealed record HelpfulView(Guid ReviewId, int HelpfulCount, bool VotedByMe);

    /// <returns>null when there is no such published review.</returns>
    public static async Task<HelpfulView?> Vote(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var review = await db.Set<Review>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null || !review.IsPublished) return null;
        var me = user.RequiredAccountId();
        review.EnsureCanVote(me);
        if (!await db.Set<HelpfulVote>().AnyAsync(v => v.ReviewId == id && v.AccountId == me, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The same person tapping twice at once: the first vote counts, the other changes nothing.
            if (await db.InsertOnceAsync(new HelpfulVote(id, me, clock.GetUtcNow().UtcDateTime), ct))
            {
                await HelpfulCounter.Increment(db, id, ct);
                await tx.CommitAsync(ct);
            }
        }
        return await Current(id, me, db, ct);
    }

    /// <returns>null when there is no such review.</returns>
    public static async Task<HelpfulView?> Unvote(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!await db.Set<Review>().AnyAsync(r => r.Id == id, ct)) return null;
        var me = user.RequiredAccountId();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var deleted = await db.Set<HelpfulVote>().Where(v => v.ReviewId == id && v.AccountId == me).ExecuteDeleteAsync(ct);
        if (deleted > 0) await HelpfulCounter.Decrement(db, id, ct);
        await tx.CommitAsync(ct);
        return await Current(id, me, db, ct);
    }

    private static async Task<HelpfulView> Current(Guid id, Guid me, PlazaDb db, CancellationToken ct) =>
        new(id, await db.Set<Review>().Where(r => r.Id == id).Select(r => r.HelpfulCount).FirstAsync(ct),
            await db.Set<HelpfulVote>().AnyAsync(v => v.ReviewId == id && v.AccountId == me, ct));

    public static async Task<Results<Ok<HelpfulView>, NotFound>> HandleVote(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Vote(id, user, db, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<Ok<HelpfulView>, NotFound>> HandleUnvote(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Unvote(id, user, db, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
