using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Social;

/// <summary>How many follow a store, and whether the caller does: for the store page and apps.</summary>
internal static class GetStoreSocial
{
    public static async Task<Results<Ok<StoreSocialView>, NotFound>> Handle(Guid id, HttpContext http, IStoreDirectory stores, IFollowGraph graph,
        CancellationToken ct)
    {
        if (!(await stores.Names([id], ct)).ContainsKey(id)) return TypedResults.NotFound();
        var viewer = await GetProfile.Viewer(http);
        var summary = await graph.Summary(FollowTargetKind.Store, id, viewer, ct);
        return TypedResults.Ok(new StoreSocialView(id, summary.Followers, viewer is null ? null : summary.FollowedByViewer));
    }
}
