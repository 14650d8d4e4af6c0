using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// A signed-in person starts a community and becomes its owner. A store community only by the staff of
/// that store. The address (slug) comes from the name; when it is taken, "-2", "-3"… is added, and if
/// two people take the same one at the same instant the second gets 409 <c>slug_taken</c>.
/// </summary>
internal static class CreateCommunity
{
    public sealed record CreateCommunityRequest(string? Name, string? Description, string? Kind, Guid? StoreId, string? Visibility, string? Rules);

    public static async Task<Outcome<Community>> Execute(CreateCommunityRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator()
            .Field(r.Name, "name", Community.NameMax, min: Community.NameMin)
            .Field(r.Description, "description", Community.DescriptionMax, required: false)
            .Field(r.Rules, "rules", Community.RulesMax, required: false);
        var kind = v.ParseEnum<CommunityKind>(r.Kind, "kind");
        var visibility = v.ParseEnum<CommunityVisibility>(r.Visibility, "visibility", required: false) ?? CommunityVisibility.Public;
        if (kind == CommunityKind.Store) v.Check(r.StoreId is not null, "storeId", "Choose the store this community belongs to.");
        if (kind is CommunityKind.Neighbourhood or CommunityKind.Theme) v.Check(r.StoreId is null, "storeId", "Only a store community belongs to a store.");
        if (!v.IsValid) return v;
        if (r.StoreId is { } storeId)
        {
            if (await stores.Terms(storeId, ct) is null) return new Validator().Add("storeId", "No such store.");
            if (!user.IsStaffOf(storeId)) throw new ForbiddenException("not_store_staff", "Only the staff of a store can start its community.");
        }

        var slug = await FreeSlug(db, Community.SlugFrom(r.Name!), ct);
        var (community, owner) = Community.Start(slug, r.Name!, r.Description, kind!.Value, r.StoreId, visibility, r.Rules,
            user.RequiredAccountId(), clock.GetUtcNow().UtcDateTime);
        db.AddRange(community, owner);
        // Someone may take the same address between our check and our insert: the unique index decides.
        await db.SaveOrConflictAsync("slug_taken", "Another community took this name's address at the same moment. Try again.", ct);
        return community;
    }

    public static async Task<string> FreeSlug(PlazaDb db, string wanted, CancellationToken ct)
    {
        var prefix = wanted + "-";
        var taken = (await db.Set<Community>().Where(c => c.Slug == wanted || c.Slug.StartsWith(prefix)).Select(c => c.Slug).ToListAsync(ct)).ToHashSet();
        if (!taken.Contains(wanted)) return wanted;
        for (var n = 2; ; n++)
            if (!taken.Contains(prefix + n)) return prefix + n;
    }

    public static async Task<Results<Created<CommunityView>, ValidationProblem>> Handle(CreateCommunityRequest request, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, TimeProvider clock, CancellationToken ct)
        => (await Execute(request, user, db, stores, clock, ct)).CreatedOr(c => $"/api/v1/communities/{c.Id}", CommunityView.From);
}
