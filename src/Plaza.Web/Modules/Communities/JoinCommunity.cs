using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// Join a public community at once, or ask to join a private one. The membership row and the count
/// change in one transaction; the count moves by one conditional UPDATE.
/// </summary>
internal static class JoinCommunity
{
    /// <returns>null when there is no such community.</returns>
    public static async Task<Membership?> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var community = await db.Set<Community>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (community is null) return null;
        var accountId = user.RequiredAccountId();
        var existing = await GetCommunity.MembershipOf(db, id, accountId, ct);
        var membership = community.Join(accountId, existing, clock.GetUtcNow().UtcDateTime);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(membership);
        // The same person joined twice at once (two taps): the primary key decides.
        await db.SaveOrConflictAsync("already_member", "You are already a member of this community.", ct);
        if (membership.IsActive) await MemberCounter.Increment(db, id, ct);
        await tx.CommitAsync(ct);
        return membership;
    }

    public static async Task<Results<Created<MembershipView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Execute(id, user, db, clock, ct) is { } m
            ? TypedResults.Created($"/api/v1/communities/{id}/members/me", MembershipView.From(m)) : TypedResults.NotFound();
}

/// <summary>
/// Leave a community, or withdraw a request to join. The only owner cannot leave (409 <c>last_owner</c>):
/// the check and the delete are one conditional statement after taking the community row's lock, so two
/// owners leaving at once cannot leave it with none.
/// </summary>
internal static class LeaveCommunity
{
    /// <returns>false when the caller is not a member (nor waiting to be).</returns>
    public static async Task<bool> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var accountId = user.RequiredAccountId();
        var membership = await db.Set<Membership>().AsNoTracking().FirstOrDefaultAsync(m => m.CommunityId == id && m.AccountId == accountId, ct);
        if (membership is null) return false;
        if (membership.IsOwner) membership.EnsureCanLeave(await ActiveOwners(db, id, ct));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (membership.IsActive) await MemberCounter.Decrement(db, id, ct);
        else await MemberCounter.Lock(db, id, ct);
        var status = membership.Status;
        var deleted = await db.Set<Membership>()
            .Where(m => m.CommunityId == id && m.AccountId == accountId && m.Status == status
                        && (m.Role != MemberRole.Owner
                            || db.Set<Membership>().Count(o => o.CommunityId == id && o.Role == MemberRole.Owner && o.Status == MembershipStatus.Active) > 1))
            .ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            await tx.RollbackAsync(ct);
            if (membership.IsOwner) throw new DomainException("last_owner", "You are the only owner: make someone else an owner before you leave.");
            return false;
        }
        await tx.CommitAsync(ct);
        return true;
    }

    public static Task<int> ActiveOwners(PlazaDb db, Guid id, CancellationToken ct) =>
        db.Set<Membership>().CountAsync(m => m.CommunityId == id && m.Role == MemberRole.Owner && m.Status == MembershipStatus.Active, ct);

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(id, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
