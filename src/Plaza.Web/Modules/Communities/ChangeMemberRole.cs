using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// An owner makes a member an admin or a co-owner, or an admin or owner a member again. A community
/// keeps at least one owner (409 <c>last_owner</c>); the owner count is read under the community row's lock.
/// </summary>
internal static class ChangeMemberRole
{
    public sealed record ChangeRoleRequest(string? Role);

    /// <returns>null when the caller is not an owner or the person is not a member.</returns>
    public static async Task<Outcome<Membership>?> Execute(Guid id, Guid accountId, ChangeRoleRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (await GetCommunity.MembershipOf(db, id, user.AccountId(), ct) is not { IsOwner: true } changer) return null;
        var v = new Validator();
        var role = v.ParseEnum<MemberRole>(r.Role, "role");
        if (!v.IsValid) return v;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await MemberCounter.Lock(db, id, ct);
        var member = await db.Set<Membership>()
            .FirstOrDefaultAsync(m => m.CommunityId == id && m.AccountId == accountId && m.Status == MembershipStatus.Active, ct);
        if (member is null) return null;
        member.ChangeRole(role!.Value, changer, await LeaveCommunity.ActiveOwners(db, id, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return member;
    }

    public static async Task<Results<Ok<MembershipView>, ValidationProblem, NotFound>> Handle(Guid id, Guid accountId, ChangeRoleRequest request,
        ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
        => (await Execute(id, accountId, request, user, db, ct)).OkOr(MembershipView.From);
}
