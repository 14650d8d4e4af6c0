using Plaza.Web.Modules.Bargaining.Contracts;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.GroupBuying.Contracts;
using Plaza.Web.Modules.Promotions.Contracts;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Sharing;

/// <summary>What a link points at, as a page: its address and what to call it (and, for a product, its price and store).</summary>
internal sealed record ShareTarget(ShareTargetKind Kind, string Url, string Title, string? StoreName, long? PriceMinor, string? Currency);

/// <summary>Finds a link's target through the owning modules' contracts; null when it no longer exists.</summary>
internal sealed class ShareTargets(IProductSummaries products, IStoreDirectory stores, ICommunityAccess communities, IGroupBuyTeams teams, IBargains bargains,
    ICouponCampaigns coupons)
{
    public async Task<ShareTarget?> Find(ShareTargetKind kind, Guid targetId, Guid? storeId, CancellationToken ct)
    {
        switch (kind)
        {
            case ShareTargetKind.Product when storeId is { } sid:
                var store = await stores.Terms(sid, ct);
                if (store is null) return null;
                var product = await products.Find(sid, targetId, ct);
                return product is null ? null
                    : new ShareTarget(kind, $"/stores/{sid}/products/{targetId}", product.Name, store.Name, product.FromPriceMinor, product.Currency);
            case ShareTargetKind.Community:
                var community = await communities.Find(targetId, ct);
                return community is null ? null : new ShareTarget(kind, $"/communities/{community.Slug}", community.Name, null, null, null);
            case ShareTargetKind.Team:
                // A team group buy (its page shows who is in and how many spots are left).
                var team = await teams.Find(targetId, ct);
                return team is null ? null : new ShareTarget(kind, team.Url, team.ProductName, null, team.GroupPriceMinor, team.Currency);
            case ShareTargetKind.Bargain:
                // A bargain (its page shows the price reached and lets a signed-in friend cut it).
                var bargain = await bargains.Find(targetId, ct);
                return bargain is null ? null : new ShareTarget(kind, bargain.Url, bargain.ProductName, null, bargain.CurrentPriceMinor, bargain.Currency);
            case ShareTargetKind.Coupon:
                // A coupon campaign shoppers can claim (its page shows what it takes off and how many are left); never one staff only issue.
                var coupon = await coupons.FindClaimable(targetId, ct);
                return coupon is null ? null : new ShareTarget(kind, coupon.Url, coupon.Name, null, null, null);
            default:
                return null;
        }
    }

    public Task<ShareTarget?> Find(ShareLink link, CancellationToken ct) => Find(link.TargetKind, link.TargetId, link.StoreId, ct);
}
