using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>
/// Bargaining (砍价, issue 4): a merchant's deal lets shoppers start a bargain on a SKU; friends (signed-in
/// accounts, one cut each) cut the price toward a floor within a time limit (<see cref="CutBargain.Execute"/>); the
/// starter buys one at the price reached through the normal checkout (an offer at the special-price stage,
/// <see cref="BargainPriceRule"/>); a cancelled order reopens the bargain while time is left (<see cref="BargainOrders"/>);
/// bargains whose time is up are closed by <see cref="ExpireBargains"/>.
/// </summary>
internal static class BargainingModule
{
    public static WebApplicationBuilder AddBargaining(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<BargainingOptions>(builder.Configuration.GetSection("Bargaining"));
        builder.Services.AddScoped<IPriceRule, BargainPriceRule>();
        builder.Services.AddScoped<BargainOrders>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>>(sp => sp.GetRequiredService<BargainOrders>());
        builder.Services.AddScoped<IEventHandler<OrderRefunded>>(sp => sp.GetRequiredService<BargainOrders>());
        builder.Services.AddScoped<BargainReader>();
        builder.Services.AddNotificationKind(BargainNotificationKinds.Bargain);
        builder.Services.AddShareTarget<BargainShareTarget>("Bargain", order: 40);
        builder.Services.AddProductPageSection(new ProductPageSection("BargainOffers", Order: 20, ProductPageSlot.BelowBuying));
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, BargainPersonalData>();
        builder.Services.AddHostedService<ExpireBargains>();
        builder.Services.AddMenuEntry(Menus.Staff, "Bargains", "/staff/stores/{storeId}/bargains", 60, testId: "nav-bargains");
        return builder;
    }

    public static WebApplication MapBargaining(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/bargains").WithTags("Bargaining");
        api.MapGet("/deals", ListBargainDeals.Handle).WithName("ListBargainDeals").WithSummary("A store's running bargain deals (optionally for one product)");
        api.MapPost("/deals", CreateBargainDeal.Handle).WithName("CreateBargainDeal").RequireAuthorization("api")
            .WithSummary("Staff: a bargain deal for a SKU — floor price below the usual price, number of cuts to reach it (2–50), time limit, when it runs");
        api.MapPatch("/deals/{id:guid}", ChangeBargainDeal.Handle).WithName("ChangeBargainDeal").RequireAuthorization("api")
            .WithSummary("Staff: change a deal that has not ended — a new end (never before now), how long new bargains last; a new floor price or number of " +
                "cuts is refused with 409 deal_running");
        api.MapPost("/deals/{id:guid}/end", EndBargainDeal.Handle).WithName("EndBargainDeal").RequireAuthorization("api")
            .WithSummary("Staff: no new bargains from now on (open ones run on)");
        api.MapPost("/", StartBargain.Handle).WithName("StartBargain").RequireAuthorization("api")
            .WithSummary("Start a bargain on a running deal at the item's price now (one open bargain per deal per shopper); share its page with friends");
        api.MapGet("/mine", ListMyBargains.Handle).WithName("ListMyBargains").RequireAuthorization("api").WithSummary("Bargains I started, newest first");
        api.MapGet("/{id:guid}", GetBargain.Handle).WithName("GetBargain")
            .WithSummary("One bargain: start, floor and current price, cuts so far (friends by display name), status (Open, Bought, Expired), when it expires");
        api.MapPost("/{id:guid}/cuts", CutBargain.Handle).WithName("CutBargain").RequireAuthorization("api")
            .WithSummary("Cut a friend's bargain: once per bargain, not your own, a few a day; returns the amount cut and the new price. Buy with an order " +
                "whose offer is { kind: \"bargain\", id }");
        return app;
    }
}
