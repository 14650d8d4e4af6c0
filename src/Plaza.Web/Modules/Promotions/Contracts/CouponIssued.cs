using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Promotions.Contracts;

/// <summary>A store's staff put a coupon into a shopper's wallet (not raised when shoppers claim one themselves).</summary>
internal sealed record CouponIssued(Guid ShopperCouponId, Guid CouponId, Guid StoreId, Guid CustomerId, string Name, string Code,
    DateTime AtUtc) : IDomainEvent;
