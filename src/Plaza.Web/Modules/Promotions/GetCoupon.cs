using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// One coupon campaign as anyone may see it, to share: the store, what it takes off, the names of what it covers, and its
/// state now with real counts. Only campaigns shoppers can claim; one staff only issue is as unknown (404).
/// </summary>
internal static class GetCoupon
{
    /// <summary>State: <c>upcoming</c> (claimable now, usable from its start), <c>open</c>, <c>all-claimed</c> or <c>ended</c>.</summary>
    public sealed record PublicCouponView(CouponView Coupon, string StoreName, string? ScopeName, string State, string Url);

    public static async Task<PublicCouponView?> Execute(Guid id, PlazaDb db, IStoreDirectory stores, ICatalogChoices catalog, IProductSummaries products,
        DateTime now, CancellationToken ct)
    {
        var coupon = await db.Set<Coupon>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.Claimable, ct);
        if (coupon is null) return null;
        var store = await stores.Terms(coupon.StoreId, ct);
        var scopeName = coupon.Scope switch
        {
            CouponScope.Category => (await catalog.Categories(ct)).FirstOrDefault(c => c.Id == coupon.ScopeId)?.Name,
            CouponScope.Product when coupon.ScopeId is { } productId => (await products.Find(coupon.StoreId, productId, ct))?.Name,
            _ => null,
        };
        return new PublicCouponView(CouponView.From(coupon), store?.Name ?? "", scopeName, StateOf(coupon, now), UrlOf(coupon.Id));
    }

    public static string UrlOf(Guid couponId) => $"/coupons/{couponId}";

    public static string StateOf(Coupon c, DateTime now) =>
        c.IsOver(now) ? "ended" : c.AllClaimed ? "all-claimed" : now < c.ValidFromUtc ? "upcoming" : "open";

    public static async Task<Results<Ok<PublicCouponView>, NotFound>> Handle(Guid id, PlazaDb db, IStoreDirectory stores, ICatalogChoices catalog,
        IProductSummaries products, TimeProvider clock, CancellationToken ct) =>
        await Execute(id, db, stores, catalog, products, clock.GetUtcNow().UtcDateTime, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
