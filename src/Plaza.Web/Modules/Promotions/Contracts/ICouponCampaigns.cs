namespace Plaza.Web.Modules.Promotions.Contracts;

/// <summary>A coupon campaign shoppers can claim, as a share link shows it: its name, what it takes off in a line, its page.</summary>
internal sealed record CouponSummary(Guid Id, Guid StoreId, string Name, string Code, string Url);

/// <summary>What other modules (Sharing) may ask about coupon campaigns.</summary>
internal interface ICouponCampaigns
{
    /// <summary>Null for an unknown campaign and for one staff only issue (not claimable by shoppers).</summary>
    Task<CouponSummary?> FindClaimable(Guid couponId, CancellationToken ct);
}
