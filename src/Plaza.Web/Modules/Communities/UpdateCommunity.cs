using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Communities;

/// <summary>An owner or admin changes the name, description, rules and who may join freely. The address stays.</summary>
internal static class UpdateCommunity
{
    public sealed record UpdateCommunityRequest(string? Name, string? Description, string? Visibility, string? Rules);

    /// <returns>null when there is no such community or the caller does not run it.</returns>
    public static async Task<Outcome<Community>?> Execute(Guid id, UpdateCommunityRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var community = await db.FindAsync<Community>([id], ct);
        if (community is null || await GetCommunity.MembershipOf(db, id, user.AccountId(), ct) is not { CanManage: true }) return null;
        var v = new Validator()
            .Field(r.Name, "name", Community.NameMax, min: Community.NameMin)
            .Field(r.Description, "description", Community.DescriptionMax, required: false)
            .Field(r.Rules, "rules", Community.RulesMax, required: false);
        var visibility = v.ParseEnum<CommunityVisibility>(r.Visibility, "visibility", required: false) ?? community.Visibility;
        if (!v.IsValid) return v;
        community.Edit(r.Name!, r.Description, visibility, r.Rules);
        await db.SaveChangesAsync(ct);
        return community;
    }

    public static async Task<Results<Ok<CommunityView>, ValidationProblem, NotFound>> Handle(Guid id, UpdateCommunityRequest request, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
        => (await Execute(id, request, user, db, ct)).OkOr(CommunityView.From);
}
