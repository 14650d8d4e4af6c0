using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;

namespace Plaza.Web.Modules.Communities;

/// <summary>A community (share kind "Community"), private ones too: their page lets people ask to join.</summary>
internal sealed class CommunityShareTarget(ICommunityAccess communities) : IShareTargetFinder
{
    public async Task<SharedPage?> Find(Guid targetId, Guid? storeId, CancellationToken ct) =>
        await communities.Find(targetId, ct) is { } community ? new SharedPage($"/communities/{community.Slug}", community.Name) : null;
}
