using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// Community group buying (社区团购, issue 4): shoppers apply to be a store's leader with a pickup point and staff
/// approve (<see cref="ApplyToLead"/>, <see cref="DecideApplication"/>); staff publish campaigns
/// (<see cref="CreateCampaign"/>, <see cref="PublishCampaign"/>); shoppers order through a leader's page with a
/// "campaign" offer at the special-price stage (<see cref="CampaignPriceRule"/>), collecting at the leader's pickup
/// point; staff see the pick list and delivery manifest (<see cref="PickList"/>); leaders earn commission on completed
/// orders (<see cref="LeaderCommissions"/>).
/// </summary>
internal static class LeadersModule
{
    public static WebApplicationBuilder AddLeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IPriceRule, CampaignPriceRule>();
        builder.Services.AddScoped<Contracts.ILeaderDirectory, LeaderDirectory>();
        builder.Services.AddScoped<LeaderCommissions>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>>(sp => sp.GetRequiredService<LeaderCommissions>());
        builder.Services.AddScoped<IEventHandler<OrderRefunded>>(sp => sp.GetRequiredService<LeaderCommissions>());
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, LeadersPersonalData>();
        builder.Services.AddScoped<IEventHandler<Contracts.CampaignClosed>, NotifyCampaignClosed>();
        builder.Services.AddNotificationKind(LeaderNotificationKinds.LeaderCampaign);
        builder.Services.AddHostedService<CloseCampaigns>();
        builder.Services.AddMenuEntry(Menus.Staff, "Group-buy leaders", "/staff/stores/{storeId}/leaders", 70, testId: "nav-leaders");
        return builder;
    }

    public static WebApplication MapLeaders(this WebApplication app)
    {
        var leaders = app.MapGroup("/api/v1/leaders").WithTags("Leaders");
        leaders.MapPost("/applications", ApplyToLead.Handle).WithName("ApplyToLead").RequireAuthorization("api")
            .WithSummary("Apply to be a store's group-buy leader with a pickup point (your home, your shop, a parcel station)");
        leaders.MapGet("/applications", ListApplications.Handle).WithName("ListLeaderApplications").RequireAuthorization("api")
            .WithSummary("Staff: a store's leader applications, pending first");
        leaders.MapPost("/{id:guid}/approve", DecideApplication.HandleApprove).WithName("ApproveLeader").RequireAuthorization("api")
            .WithSummary("Staff: approve a leader — their pickup point becomes one of the store's pickup points");
        leaders.MapPost("/{id:guid}/reject", DecideApplication.HandleReject).WithName("RejectLeader").RequireAuthorization("api")
            .WithSummary("Staff: reject a leader application");
        leaders.MapPost("/{id:guid}/campaigns/{campaignId:guid}/received", LeaderPickups.HandleReceipt).WithName("ConfirmCampaignDelivery")
            .RequireAuthorization("api")
            .WithSummary("The leader: a campaign's delivery arrived at my pickup point — its paid orders there become ready for pickup");
        leaders.MapPost("/{id:guid}/hand-over", LeaderPickups.HandleHandOver).WithName("HandOverLeaderOrder").RequireAuthorization("api")
            .WithSummary("The leader: hand over the ready order whose pickup code the shopper shows (400 pickupCode when none matches)");
        leaders.MapPost("/{id:guid}/step-down", StepDown.Handle).WithName("StepDownAsLeader").RequireAuthorization("api")
            .WithSummary("The leader stops running their pickup point: it is retired and their page stops taking orders (409 leader_has_orders while orders " +
                "wait there)");
        leaders.MapGet("/me", LeaderPages.HandleDashboard).WithName("GetLeaderDashboard").RequireAuthorization("api")
            .WithSummary("My leader dashboard per store: orders (customers by display name), customers, earnings");
        leaders.MapGet("/{id:guid}", LeaderPages.HandlePage).WithName("GetLeaderPage")
            .WithSummary("An approved leader's page: pickup point and the store's running campaigns");

        var campaigns = app.MapGroup("/api/v1/campaigns").WithTags("Leaders");
        campaigns.MapGet("", ListCampaigns.Handle).WithName("ListCampaigns").WithSummary("A store's published campaigns still taking orders");
        campaigns.MapPost("", CreateCampaign.Handle).WithName("CreateCampaign").RequireAuthorization("api")
            .WithSummary("Staff: a draft campaign — items at campaign prices, order cut-off, delivery day, leader commission in basis points");
        campaigns.MapPost("/{id:guid}/publish", PublishCampaign.Handle).WithName("PublishCampaign").RequireAuthorization("api")
            .WithSummary("Staff: publish a campaign so shoppers can order through leaders until the cut-off");
        campaigns.MapPost("/{id:guid}/close", CloseCampaignOrders.Handle).WithName("CloseCampaignOrders").RequireAuthorization("api")
            .WithSummary(
                "Staff: stop taking orders now, before the planned cut-off; unpaid orders are cancelled and the pick list is final (409 campaign_closed)");
        campaigns.MapDelete("/{id:guid}", DiscardCampaign.Handle).WithName("DiscardCampaign").RequireAuthorization("api")
            .WithSummary("Staff: delete a draft campaign (409 campaign_published for a published one)");
        campaigns.MapGet("/{id:guid}", GetCampaign.Handle).WithName("GetCampaign").WithSummary("One campaign (a draft only for the store's staff)");
        campaigns.MapGet("/{id:guid}/pick-list", PickList.Handle).WithName("GetPickList").RequireAuthorization("api")
            .WithSummary("Staff: the pick list (per SKU totals of paid orders) and delivery manifest (per leader), final after the cut-off");
        return app;
    }
}
