using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Sharing;

/// <summary>What a link points at, as a page: its kind, address and what to call it (and, for a thing sold in a store, the store and a price).</summary>
internal sealed record ShareTarget(ShareTargetDefinition Kind, string Url, string Title, string? StoreName, long? PriceMinor, string? Currency);

/// <summary>The kinds the modules registered (<see cref="ShareTargetRegistration"/>), in their order.</summary>
internal sealed class ShareTargetKinds(IEnumerable<ShareTargetDefinition> kinds) : NamedRegistry<ShareTargetDefinition>(kinds, k => k.Name, k => k.Order);

/// <summary>Finds a link's target through the module that registered its kind; null when it no longer exists (or its kind is gone).</summary>
internal sealed class ShareTargets(ShareTargetKinds kinds, IServiceProvider services)
{
    public ShareTargetKinds Kinds => kinds;

    public async Task<ShareTarget?> Find(ShareTargetDefinition kind, Guid targetId, Guid? storeId, CancellationToken ct)
    {
        if (kind.InStore != (storeId is not null)) return null;
        var finder = (IShareTargetFinder)services.GetRequiredService(kind.Finder);
        return await finder.Find(targetId, storeId, ct) is { } page
            ? new ShareTarget(kind, page.Url, page.Title, page.StoreName, page.PriceMinor, page.Currency)
            : null;
    }

    public async Task<ShareTarget?> Find(ShareLink link, CancellationToken ct) =>
        kinds.Find(link.TargetKind) is { } kind ? await Find(kind, link.TargetId, link.StoreId, ct) : null;
}
