using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// Promotions: coupons and flash sales, both taking part in the one checkout price computation (ADR 0011).
/// <list type="bullet">
/// <item>Coupons (stage 3, <see cref="CouponRule"/>): staff create campaigns (fixed or percentage with an optional
/// cap, minimum spend, scope store/category/product, validity, total and per-shopper limits, stackable or not);
/// shoppers claim one into their wallet, or staff issue one to a shopper by login. An order uses a wallet coupon
/// by one conditional UPDATE, so a single-use coupon is redeemed once however many orders race.</item>
/// <item>Flash sales (stage 2, <see cref="FlashSaleRule"/>): a time-boxed price and quantity for one SKU with a
/// per-shopper limit; the sold count moves by one conditional UPDATE, so exactly the offered quantity sells.</item>
/// </list>
/// Running promotions change from the back office (<see cref="ChangeCoupon"/>, <see cref="ChangeFlashSale"/>): staff move the
/// end (never before now), change quantities and limits (never below what is sold or claimed, by one conditional UPDATE)
/// or end them early; a new price is refused with 409 <c>deal_running</c>. Flash sales, team group-buy deals and bargain
/// deals share one kit for this in <c>Kits/Deals</c> (<see cref="Kits.Deals.SkuDeal"/>, <see cref="Kits.Deals.SkuDeals"/>,
/// <see cref="Kits.Deals.SkuDealsPageModel{TDeal,TRow,TInput,TChange}"/> and its partials).
/// Giving back: a cancelled order (by the shopper or staff, or expired unpaid) gives its coupons and flash-sale
/// units back (<see cref="GiveBackOnCancel"/>, idempotent). A refund does not: the coupon was used on a sale that
/// happened, and the flash-sale units were sold (refunded goods come back as stock, not as flash-sale quantity).
/// Each claimable campaign has a public page to share (<c>/coupons/{id}</c>, <see cref="GetCoupon"/>): registered with Sharing as
/// the share kind "Coupon" (<see cref="CouponShareTarget"/>); coupons staff only issue have no page (404).
/// Telling shoppers: a coupon issued by staff (<see cref="NotifyIssuedCoupon"/>), and a flash sale starting for those
/// who pressed "Remind me" (<see cref="FlashSaleReminders"/>, sent by <see cref="RemindFlashSales"/>).
/// </summary>
internal static class PromotionsModule
{
    public static WebApplicationBuilder AddPromotions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IPriceRule, FlashSaleRule>();
        builder.Services.AddScoped<IPriceRule, CouponRule>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>, GiveBackOnCancel>();
        builder.Services.AddScoped<Contracts.IShopperCoupons, ShopperCoupons>();
        builder.Services.AddShareTarget<CouponShareTarget>("Coupon", order: 50);
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, PromotionsPersonalData>();
        builder.Services.AddScoped<IEventHandler<Contracts.CouponIssued>, NotifyIssuedCoupon>();
        builder.Services.AddNotificationKind(PromotionNotificationKinds.Coupon).AddNotificationKind(PromotionNotificationKinds.FlashSale);
        builder.Services.AddProductPageSection(new ProductPageSection("FlashSaleBanner", Order: 10, ProductPageSlot.AboveBuying));
        builder.Services.AddHostedService<RemindFlashSales>();
        builder.Services.AddMenuEntry(Menus.Staff, "Coupons", "/staff/stores/{storeId}/coupons", 30, testId: "nav-coupons");
        builder.Services.AddMenuEntry(Menus.Staff, "Flash sales", "/staff/stores/{storeId}/flash-sales", 40, testId: "nav-flash-sales");
        return builder;
    }

    public static WebApplication MapPromotions(this WebApplication app)
    {
        var coupons = app.MapGroup("/api/v1/coupons").WithTags("Promotions");
        coupons.MapGet("/", ListCoupons.HandleClaimable).WithName("ListClaimableCoupons")
            .WithSummary("A store's coupons that shoppers can claim now (?storeId=)");
        coupons.MapPost("/", CreateCoupon.Handle).WithName("CreateCoupon").RequireAuthorization("api")
            .WithSummary(
                "Staff: create a coupon campaign for the store: fixed or percentage (optional cap), minimum spend, scope, validity, limits, stackable");
        coupons.MapGet("/mine", ListCoupons.HandleMine).WithName("ListMyCoupons").RequireAuthorization("api")
            .WithSummary("My coupons (optionally ?storeId=), usable ones first");
        coupons.MapGet("/store/{storeId:guid}", ListCoupons.HandleOfStore).WithName("ListStoreCoupons").RequireAuthorization("api")
            .WithSummary("Staff: every coupon campaign of the store with how many were claimed");
        coupons.MapGet("/{id:guid}", GetCoupon.Handle).WithName("GetCoupon")
            .WithSummary("One coupon campaign shoppers can claim, as its share page shows it: store, what it takes off, scope names, validity, how many are " +
                "left (null without a total limit), state; 404 for unknown or staff-issued-only coupons");
        coupons.MapPost("/{id:guid}/claim", ClaimCoupon.HandleClaim).WithName("ClaimCoupon").RequireAuthorization("api")
            .WithSummary("Claim a coupon into my wallet (within its total and per-shopper limits; 409 coupon_all_claimed / coupon_limit_reached)");
        coupons.MapPatch("/{id:guid}", ChangeCoupon.Handle).WithName("ChangeCoupon").RequireAuthorization("api")
            .WithSummary(
                "Staff: change a coupon campaign that is not over — a new end (never before now), total limit (not below those claimed), per-shopper " +
                "limit; a change to what it takes off is refused with 409 deal_running");
        coupons.MapPost("/{id:guid}/end", ChangeCoupon.HandleEnd).WithName("EndCoupon").RequireAuthorization("api")
            .WithSummary("Staff: end a coupon campaign now — no more claims, unused coupons can no longer be used; orders already placed keep their discount");
        coupons.MapPost("/{id:guid}/issue", ClaimCoupon.HandleIssue).WithName("IssueCoupon").RequireAuthorization("api")
            .WithSummary("Staff: give a coupon to a shopper named by email or mobile number");

        var sales = app.MapGroup("/api/v1/flash-sales").WithTags("Promotions");
        sales.MapGet("/", ListFlashSales.Handle).WithName("ListFlashSales")
            .WithSummary("A store's running and upcoming flash sales with real remaining quantities (?storeId=)");
        sales.MapGet("/{id:guid}", GetFlashSale.Handle).WithName("GetFlashSale")
            .WithSummary("One flash sale: price, quantity, sold, remaining, start and end");
        sales.MapPost("/", CreateFlashSale.Handle).WithName("CreateFlashSale").RequireAuthorization("api")
            .WithSummary("Staff: a time-boxed price below the usual one for a SKU of the store, with a quantity and a per-shopper limit");
        sales.MapPost("/{id:guid}/reminders", FlashSaleReminders.HandleSet).WithName("SetFlashSaleReminder").RequireAuthorization("api")
            .WithSummary("Remind me once when this upcoming flash sale starts (setting it twice is the same as once; 409 flash_sale_started)");
        sales.MapDelete("/{id:guid}/reminders", FlashSaleReminders.HandleRemove).WithName("RemoveFlashSaleReminder").RequireAuthorization("api")
            .WithSummary("No reminder for this flash sale after all");
        sales.MapPatch("/{id:guid}", ChangeFlashSale.Handle).WithName("ChangeFlashSale").RequireAuthorization("api")
            .WithSummary(
                "Staff: change a flash sale that has not ended — a new end (never before now), quantity (not below what is sold), per-shopper limit; " +
                "a new price is refused with 409 deal_running");
        sales.MapPost("/{id:guid}/end", EndFlashSale.Handle).WithName("EndFlashSale").RequireAuthorization("api")
            .WithSummary("Staff: end a flash sale now — no new sales at its price; orders already placed keep it");
        return app;
    }
}
