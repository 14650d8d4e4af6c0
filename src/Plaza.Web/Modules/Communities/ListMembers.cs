using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// Who is in a community (owners first, then admins, then members): any signed-in person for a public
/// one, only its members for a private one (anyone else gets 404). Requests waiting for an answer are a
/// separate list, for owners and admins.
/// </summary>
internal static class ListMembers
{
    public const int Shown = 500;

    public static async Task<IReadOnlyList<MemberView>?> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, ICommunityAccess access, IAccountDirectory accounts,
        CancellationToken ct)
    {
        if (!await access.CanRead(id, user.AccountId(), ct)) return null;
        return await Views(db, accounts, db.Set<Membership>().Where(m => m.CommunityId == id && m.Status == MembershipStatus.Active), ct);
    }

    /// <summary>Requests to join, oldest first; null unless the caller is an owner or admin.</summary>
    public static async Task<IReadOnlyList<MemberView>?> Pending(Guid id, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts, CancellationToken ct)
    {
        if (await GetCommunity.MembershipOf(db, id, user.AccountId(), ct) is not { CanManage: true }) return null;
        return await Views(db, accounts, db.Set<Membership>().Where(m => m.CommunityId == id && m.Status == MembershipStatus.Pending), ct);
    }

    private static async Task<IReadOnlyList<MemberView>> Views(PlazaDb db, IAccountDirectory accounts, IQueryable<Membership> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().OrderBy(m => m.JoinedAtUtc).ThenBy(m => m.AccountId).Take(Shown).ToListAsync(ct);
        var people = await accounts.Find(rows.Select(m => m.AccountId).ToList(), ct);
        return rows.Where(m => people.ContainsKey(m.AccountId))
            .Select(m => new MemberView(m.AccountId, people[m.AccountId].DisplayName, m.Role, m.Status, m.JoinedAtUtc))
            .OrderBy(m => m.Role).ThenBy(m => m.JoinedAtUtc).ToList();
    }

    public static async Task<Results<Ok<IReadOnlyList<MemberView>>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, ICommunityAccess access,
        IAccountDirectory accounts, CancellationToken ct) =>
        await Execute(id, user, db, access, accounts, ct) is { } members ? TypedResults.Ok(members) : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<MemberView>>, NotFound>> HandlePending(Guid id, ClaimsPrincipal user, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        await Pending(id, user, db, accounts, ct) is { } requests ? TypedResults.Ok(requests) : TypedResults.NotFound();
}
