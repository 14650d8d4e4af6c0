using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// One community by id or slug. Its about and rules are for everyone, private or not, so people can
/// decide to ask to join; who its members are is not (see <see cref="ListMembers"/>).
/// </summary>
internal static class GetCommunity
{
    public static Task<Community?> Load(PlazaDb db, string key, CancellationToken ct)
    {
        if (Guid.TryParse(key, out var id)) return db.Set<Community>().FirstOrDefaultAsync(c => c.Id == id, ct);
        var slug = key.ToLowerInvariant();
        return db.Set<Community>().FirstOrDefaultAsync(c => c.Slug == slug, ct);
    }

    /// <summary>The account's membership (active or pending), if any.</summary>
    public static Task<Membership?> MembershipOf(PlazaDb db, Guid communityId, Guid? accountId, CancellationToken ct) =>
        accountId is null ? Task.FromResult<Membership?>(null)
            : db.Set<Membership>().FirstOrDefaultAsync(m => m.CommunityId == communityId && m.AccountId == accountId, ct);

    public static async Task<Results<Ok<CommunityView>, NotFound>> Handle(string key, PlazaDb db, CancellationToken ct) =>
        key.Length <= Community.SlugMax && await Load(db, key, ct) is { } c ? TypedResults.Ok(CommunityView.From(c)) : TypedResults.NotFound();

    /// <summary>The caller's own membership: 404 when they have none.</summary>
    public static async Task<Results<Ok<MembershipView>, NotFound>> HandleMine(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await MembershipOf(db, id, user.AccountId(), ct) is { } m ? TypedResults.Ok(MembershipView.From(m)) : TypedResults.NotFound();
}
