using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// An owner or admin of a private community lets a request in (the person becomes a member and the
/// count goes up by one) or turns it down (the request is removed; they may ask again).
/// </summary>
internal static class AnswerJoinRequest
{
    /// <returns>null when the caller does not run the community or there is no such request.</returns>
    public static async Task<Membership?> Approve(Guid id, Guid accountId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (await GetCommunity.MembershipOf(db, id, user.AccountId(), ct) is not { CanManage: true } approver) return null;
        var request = await db.Set<Membership>().FirstOrDefaultAsync(m => m.CommunityId == id && m.AccountId == accountId, ct);
        if (request is null) return null;
        request.Approve(approver, clock.GetUtcNow().UtcDateTime);

        // Only the pending row moves, so two admins approving at once count the person once.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var joinedAt = request.JoinedAtUtc;
        var approved = await db.Set<Membership>()
            .Where(m => m.CommunityId == id && m.AccountId == accountId && m.Status == MembershipStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MembershipStatus.Active).SetProperty(m => m.JoinedAtUtc, joinedAt), ct);
        if (approved == 1) await MemberCounter.Increment(db, id, ct);
        await tx.CommitAsync(ct);
        return request;
    }

    /// <returns>false when the caller does not run the community or there is no such request.</returns>
    public static async Task<bool> Reject(Guid id, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (await GetCommunity.MembershipOf(db, id, user.AccountId(), ct) is not { CanManage: true }) return false;
        var removed = await db.Set<Membership>()
            .Where(m => m.CommunityId == id && m.AccountId == accountId && m.Status == MembershipStatus.Pending)
            .ExecuteDeleteAsync(ct);
        return removed == 1;
    }

    public static async Task<Results<Ok<MembershipView>, NotFound>> HandleApprove(Guid id, Guid accountId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Approve(id, accountId, user, db, clock, ct) is { } m ? TypedResults.Ok(MembershipView.From(m)) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> HandleReject(Guid id, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Reject(id, accountId, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
