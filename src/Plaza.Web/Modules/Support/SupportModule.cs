using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Support.Assistant;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.RealTime;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// Customer service (issue 12): a shopper's conversation with a store, answered at once by the assistant from the shopper's
/// own records (<see cref="AssistantTurn"/>), else by the store's people, who get an inbox with automatic assignment
/// (<see cref="AssignConversation"/>). Live over SignalR (<see cref="SupportHub"/>, on Platform/RealTime's plumbing, so
/// it crosses nodes through Redis when configured), and in /api/v1/support.
/// </summary>
internal static class SupportModule
{
    public const string HubPath = "/hubs/support";

    public static WebApplicationBuilder AddSupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddSupportAssistant();
        builder.Services.AddScoped<SupportReader>();
        builder.Services.AddScoped<ServiceLevelReader>();
        builder.Services.AddScoped<SupportNews>();
        builder.Services.AddScoped<AgentSeats>();
        builder.Services.AddScoped<AssistantTurn>();
        builder.Services.AddScoped<PostCustomerMessage>();
        builder.Services.AddScoped<AskForPerson>();
        builder.Services.AddSingleton<SupportBroadcast>();
        builder.Services.AddScoped<IEventHandler<SupportReplied>, NotifyCustomerOfReply>();
        builder.Services.AddNotificationKind(NotifyCustomerOfReply.Definition);
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, SupportPersonalData>();
        builder.Services.AddHostedService<AssignWaiting>();
        builder.Services.AddHostedService<ResolveIdle>();
        builder.Services.AddMenuEntry(Menus.Staff, "Customer service", "/staff/stores/{storeId}/support", 67, testId: "nav-support");
        return builder;
    }

    public static WebApplication MapSupport(this WebApplication app)
    {
        app.MapHub<SupportHub>(HubPath).RequireAuthorization(RealTimeSetup.SignedInHubPolicy);

        var api = app.MapGroup("/api/v1/support/conversations").WithTags("Support").RequireAuthorization("api");
        api.MapPost("/", OpenConversation.Handle).WithName("OpenSupportConversation")
            .WithSummary("Shopper: open a conversation with a store (optionally about one of your orders there, or a product), with a first message");
        api.MapGet("/", ListConversations.HandleMine).WithName("ListMySupportConversations").WithSummary("Shopper: my conversations, newest first");
        api.MapGet("/{id:guid}", GetConversation.Handle).WithName("GetSupportConversation")
            .WithSummary("A conversation and its messages (its shopper, or the store's people, who also see internal notes)");
        api.MapPost("/{id:guid}/messages", PostCustomerMessage.Handle).WithName("PostSupportMessage")
            .WithSummary("Shopper: write; the assistant answers at once from your records, or a person does once one has the conversation");
        api.MapPost("/{id:guid}/photos", PostPhoto.Handle).WithName("PostSupportPhoto").DisableAntiforgery()
            .WithSummary("Either side: a photo (multipart field file: JPEG, PNG or WebP up to 5 MB, cleaned of its metadata) with an optional text");
        api.MapPost("/{id:guid}/person", AskForPerson.Handle).WithName("AskForSupportPerson").WithSummary("Shopper: talk to a person");
        api.MapPost("/{id:guid}/resolve", CustomerResolves.Handle).WithName("ResolveMySupportConversation")
            .WithSummary("Shopper: my question is answered (writing again reopens it)");
        api.MapPut("/{id:guid}/rating", RateConversation.Handle).WithName("RateSupportConversation")
            .WithSummary("Shopper: 1–5 stars and a comment for a resolved conversation");
        api.MapPost("/{id:guid}/read", MarkRead.Handle).WithName("MarkSupportConversationRead").WithSummary("Either side: I have read up to now");
        api.MapPost("/{id:guid}/replies", PostAgentMessage.Handle).WithName("ReplyToSupportConversation")
            .WithSummary("Store staff: reply (the assistant falls silent) or, with internal: true, write a note only staff see");
        api.MapPut("/{id:guid}/assignee", AssignConversation.Handle).WithName("AssignSupportConversation")
            .WithSummary("Store staff: give the conversation to yourself (agentId omitted) or a colleague");
        api.MapPut("/{id:guid}/status", ChangeConversationStatus.Handle).WithName("ChangeSupportConversationStatus")
            .WithSummary("Store staff: open, pending (waiting for the customer), snoozed (with snoozeUntilUtc) or resolved");
        api.MapGet("/{id:guid}/canned-replies", FillCannedReplies.Handle).WithName("FillSupportCannedReplies")
            .WithSummary("Store staff: the store's saved replies filled for this conversation; missing lists the variables left without a value");

        var store = app.MapGroup("/api/v1/support/stores/{storeId:guid}").WithTags("Support").RequireAuthorization("api");
        store.MapGet("/conversations", ListConversations.HandleInbox)
            .WithName("ListSupportInbox").WithSummary("Store staff: the inbox — view=unassigned|mine|all, optionally status");
        store.MapPut("/agents/{accountId:guid}", SetAgentSeat.Handle)
            .WithName("SetSupportAgentSeat").WithSummary("Store staff: an agent's limit of open conversations (1–50) and whether they are away");
        store.MapGet("/service-targets", SetServiceTargets.HandleGet).WithName("GetSupportServiceTargets")
            .WithSummary("Store staff: the store's service levels (minutes of opening hours to first response and to resolution)");
        store.MapPut("/service-targets", SetServiceTargets.Handle).WithName("SetSupportServiceTargets")
            .WithSummary("Store staff: set the service levels; time waiting for the customer and closed hours do not count");
        store.MapGet("/dashboard", SupportDashboard.Handle).WithName("GetSupportDashboard")
            .WithSummary("Store staff: conversations, assistant vs people, first-response times, service levels met and ratings over days=1–90");
        store.MapGet("/canned-replies", ListCannedReplies.Handle).WithName("ListSupportCannedReplies")
            .WithSummary("Store staff: the store's saved replies as written, by title");
        store.MapPost("/canned-replies", SaveCannedReply.HandleCreate).WithName("CreateSupportCannedReply")
            .WithSummary("Store staff: save a reply — title (≤ 80), body (≤ 2000) with {customer_name}, {order_number}, {pickup_code}, {store_name}");
        store.MapPut("/canned-replies/{id:guid}", SaveCannedReply.HandleUpdate).WithName("UpdateSupportCannedReply")
            .WithSummary("Store staff: change a saved reply's title and body");
        store.MapDelete("/canned-replies/{id:guid}", DeleteCannedReply.Handle).WithName("DeleteSupportCannedReply")
            .WithSummary("Store staff: delete a saved reply");
        return app;
    }
}
