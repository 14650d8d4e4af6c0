namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>
/// The four stages of checkout pricing, applied in this order (ADR 0011): a member's price, then one
/// special price per line (flash sale, team group buy, leader campaign, bargain: the lowest wins), then
/// coupons on what is left, then points on what is left after coupons.
/// </summary>
internal enum PriceStage { MemberPrice = 1, SpecialPrice = 2, Coupon = 3, Points = 4 }

/// <summary>
/// A special offer the shopper is buying through, named by the module that owns it, e.g.
/// ("group-buy", teamId), ("campaign", campaignId), ("bargain", bargainId). Flash sales need no offer:
/// they apply by themselves while they run; a client that wants the flash price or nothing may name
/// ("flash-sale", saleId), and then a sale that cannot sell is a 400 on "offer" instead of the usual price.
/// </summary>
internal sealed record OfferRef(string? Kind, Guid? Id);

/// <summary>
/// What the shopper chose at checkout besides the items: coupon codes, points to spend, an offer, and — when an
/// order is placed for pickup — the pickup point (null for quotes and deliveries; a leader campaign needs it).
/// <see cref="ForDelivery"/> says whether the goods are to be delivered (quotes know that before a pickup point is chosen).
/// </summary>
internal sealed record PricingChoices(IReadOnlyList<string> CouponCodes, long PointsToSpend, OfferRef? Offer, Guid? PickupPointId = null,
    bool ForDelivery = false)
{
    public static readonly PricingChoices None = new([], 0, null);
}

/// <summary>
/// A module's part in checkout pricing (Loyalty, Promotions, GroupBuying...), registered as a scoped
/// service. Ordering runs every rule of a stage before the next stage starts.
/// </summary>
internal interface IPriceRule
{
    PriceStage Stage { get; }

    /// <summary>
    /// Read-only: look at the sheet and offer prices or discounts, or refuse a choice
    /// (<see cref="PriceSheet.Refuse"/>). Runs for quotes and again when the order is placed.
    /// </summary>
    Task Apply(PriceSheet sheet, CancellationToken ct);

    /// <summary>
    /// The order is being placed with this sheet, inside its transaction, before stock is reserved: take
    /// what was promised (redeem the coupon, spend the points, count the flash-sale unit) with conditional
    /// writes keyed by <paramref name="orderId"/>. Throw a DomainException when it is no longer there
    /// (someone else got the last unit); the whole order rolls back. Give it back when the order is
    /// cancelled or refunded (OrderStatusChanged, OrderRefunded).
    /// </summary>
    Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct);
}
