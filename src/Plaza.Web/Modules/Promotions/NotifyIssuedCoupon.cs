using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Promotions.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Promotions;

/// <summary>A shopper hears once when staff give them a coupon ("You have a new coupon …", linking to the coupons page).</summary>
internal sealed class NotifyIssuedCoupon(INotifier notifier) : IEventHandler<CouponIssued>
{
    public const string NotificationKind = "Coupon";

    public Task Handle(CouponIssued e, Guid eventId, CancellationToken ct) =>
        notifier.Notify(e.CustomerId, NotificationKind, eventId, e.CouponId,
            new Dictionary<string, string> { ["name"] = e.Name, ["code"] = e.Code }, $"/coupons?store={e.StoreId}", ct);
}
