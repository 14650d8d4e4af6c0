using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Social;

/// <summary>
/// A person's public profile: display name, member since, follower and following counts, the stores
/// they follow, and whether the viewer follows them. Never an email or phone. A deleted account is 404.
/// </summary>
internal static class GetProfile
{
    public const int StoresShown = 50;

    /// <returns>null when there is no such person or their account is deleted.</returns>
    public static async Task<ProfileView?> Execute(Guid accountId, Guid? viewer, IAccountDirectory accounts, IStoreDirectory stores, IFollowGraph graph,
        CancellationToken ct)
    {
        if ((await accounts.People([accountId], ct)).GetValueOrDefault(accountId) is not { } person) return null;
        var summary = await graph.Summary(FollowTargetKind.Person, accountId, viewer, ct);
        var storeIds = (await graph.FollowedStores(accountId, ct)).Take(StoresShown).ToList();
        var names = await stores.Names(storeIds, ct);
        var followed = storeIds.Where(names.ContainsKey).Select(id => new StoreRefView(id, names[id])).ToList();
        return new ProfileView(person.Id, person.DisplayName, person.MemberSinceUtc, summary.Followers, summary.Following,
            viewer is null ? null : summary.FollowedByViewer, followed);
    }

    /// <summary>Anyone may read a profile; a bearer token, when sent, fills in <c>followedByMe</c>.</summary>
    public static async Task<Results<Ok<ProfileView>, NotFound>> Handle(Guid accountId, HttpContext http, IAccountDirectory accounts, IStoreDirectory stores,
        IFollowGraph graph, CancellationToken ct) =>
        await Execute(accountId, await Viewer(http), accounts, stores, graph, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    /// <summary>The caller's account from a bearer token on an endpoint that does not require one.</summary>
    public static async Task<Guid?> Viewer(HttpContext http) =>
        (await http.AuthenticateAsync(AuthSchemes.Bearer)).Principal?.AccountId();
}
