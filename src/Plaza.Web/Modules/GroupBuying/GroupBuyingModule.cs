using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// Team group buying (issue 4, ADR 0012): a merchant's deal gives a SKU a team price when 2–10 shoppers buy it
/// together within a time limit. Shoppers open and join teams through the normal checkout (an offer at the
/// special-price stage, <see cref="GroupBuyPriceRule"/>); seats follow their orders (<see cref="TeamSeats"/>);
/// teams that run out of time are refunded by <see cref="ExpireTeams"/>.
/// </summary>
internal static class GroupBuyingModule
{
    public static WebApplicationBuilder AddGroupBuying(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GroupBuyingOptions>(builder.Configuration.GetSection("GroupBuying"));
        builder.Services.AddScoped<IPriceRule, GroupBuyPriceRule>();
        builder.Services.AddScoped<TeamSeats>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>>(sp => sp.GetRequiredService<TeamSeats>());
        builder.Services.AddScoped<IEventHandler<OrderRefunded>>(sp => sp.GetRequiredService<TeamSeats>());
        builder.Services.AddScoped<TeamReader>();
        builder.Services.AddNotificationKind(GroupBuyNotificationKinds.GroupBuy);
        builder.Services.AddShareTarget<TeamShareTarget>("Team", order: 30);
        builder.Services.AddProductPageSection(new ProductPageSection("GroupBuyOffers", Order: 10, ProductPageSlot.BelowBuying));
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, GroupBuyPersonalData>();
        builder.Services.AddHostedService<ExpireTeams>();
        builder.Services.AddMenuEntry(Menus.Staff, "Group buys", "/staff/stores/{storeId}/group-buys", 50, testId: "nav-group-buys");
        return builder;
    }

    public static WebApplication MapGroupBuying(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/group-buys").WithTags("GroupBuying");
        api.MapGet("/deals", ListTeamDeals.Handle).WithName("ListTeamDeals")
            .WithSummary("A store's running team group-buy deals (optionally for one product)");
        api.MapPost("/deals", CreateTeamDeal.Handle).WithName("CreateTeamDeal").RequireAuthorization("api")
            .WithSummary("Staff: a team deal for a SKU — team price below the usual price, team size 2–10, time limit, per-shopper limit, when it runs");
        api.MapPatch("/deals/{id:guid}", ChangeTeamDeal.Handle).WithName("ChangeTeamDeal").RequireAuthorization("api")
            .WithSummary("Staff: change a deal that has not ended — a new end (never before now), the limit per shopper, how long new teams have to fill; a " +
                "new team price is refused with 409 deal_running");
        api.MapPost("/deals/{id:guid}/end", EndTeamDeal.Handle).WithName("EndTeamDeal").RequireAuthorization("api")
            .WithSummary("Staff: no new teams from now on (open teams run on)");
        api.MapGet("/deals/{id:guid}/teams", ListOpenTeams.Handle).WithName("ListOpenTeams")
            .WithSummary("A deal's teams that can still be joined: members so far (display names), spots left, when they expire");
        api.MapGet("/teams/{id:guid}", GetTeam.Handle).WithName("GetTeam")
            .WithSummary("One team: members so far, spots left, status (Open, Complete, Failed), when it expires");
        api.MapGet("/my-teams", ListMyTeams.Handle).WithName("ListMyTeams").RequireAuthorization("api").WithSummary("Teams I opened or joined, newest first");
        return app;
    }
}
