using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.RealTime;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Live selling rooms (issue 11): hosts schedule rooms (<see cref="ScheduleRoom"/>); nginx with the RTMP module brings the
/// video and tells Plaza when it starts and stops (<see cref="MediaCallbacks"/>); viewers chat, like and see pinned products
/// over SignalR (<see cref="LiveHub"/>). With <c>Redis:Configuration</c> set, the hub's messages and the viewer count cross
/// every app node (SignalR's Redis backplane, <see cref="RedisViewerPresence"/>); without it one node needs nothing else.
/// </summary>
internal static class LiveModule
{
    public const string HubPath = "/hubs/live";

    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LiveOptions>(builder.Configuration.GetSection("Live"));
        builder.Services.AddScoped<LiveRoomReader>();
        builder.Services.AddSingleton<LiveBroadcast>();
        builder.Services.AddSingleton<LikeCounter>();
        builder.Services.AddSingleton<ChatBatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChatBatcher>());
        if (builder.Configuration.HasRedis()) builder.Services.AddSingleton<IViewerPresence, RedisViewerPresence>();
        else builder.Services.AddSingleton<IViewerPresence, InMemoryViewerPresence>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, LivePersonalData>();
        builder.Services.AddScoped<IPriceRule, LiveDealRule>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>, GiveBackLiveDeals>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>, AttributeRoomOrders>();
        builder.Services.AddScoped<NotifyLiveRoomFollowers>();
        builder.Services.AddScoped<IEventHandler<LiveRoomScheduled>>(sp => sp.GetRequiredService<NotifyLiveRoomFollowers>());
        builder.Services.AddScoped<IEventHandler<LiveRoomWentLive>>(sp => sp.GetRequiredService<NotifyLiveRoomFollowers>());
        builder.Services.AddNotificationKind(LiveNotificationKinds.Scheduled);
        builder.Services.AddNotificationKind(LiveNotificationKinds.Live);
        builder.Services.AddHostedService<ShowLikes>();
        builder.Services.AddHostedService<EndDroppedStreams>();
        builder.Services.AddHostedService<ShowViewerCounts>();
        builder.Services.AddHostedService<ShowDealUnits>();
        builder.Services.AddMenuEntry(Menus.Main, "Live", "/live", 15, currentFor: ["/live*"]);
        builder.Services.AddMenuEntry(Menus.Staff, "Live rooms", "/staff/stores/{storeId}/live", 65, testId: "nav-live");
        return builder;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<LiveHub>(HubPath).RequireAuthorization(RealTimeSetup.HubPolicy); // viewers may be anonymous

        var api = app.MapGroup("/api/v1/live-rooms").WithTags("Live");
        api.MapGet("/", ListRooms.Handle).WithName("ListLiveRooms").WithSummary("Rooms live now, upcoming and replays (optionally one store's)");
        api.MapPost("/", ScheduleRoom.Handle).WithName("ScheduleLiveRoom").RequireAuthorization("api")
            .WithSummary("Staff or an approved group-buy leader schedule a room: store, title, start, 1–30 SKUs to show; returns the secret stream key");
        api.MapGet("/{id:guid}", GetRoom.Handle).WithName("GetLiveRoom")
            .WithSummary("One room; its host also gets the stream key and where to stream");
        api.MapPatch("/{id:guid}", ChangeRoom.Handle).WithName("ChangeLiveRoom").RequireAuthorization("api")
            .WithSummary("Host: change the title or start (before it is live), slow mode (0–300 s), or take a new stream key");
        api.MapPut("/{id:guid}/cover", ChangeRoomCover.Handle).WithName("ChangeLiveRoomCover").RequireAuthorization("api").DisableAntiforgery()
            .WithSummary("Host: the room's cover picture (multipart field file: JPEG, PNG or WebP up to 5 MB; cleaned of its metadata)");
        api.MapPost("/{id:guid}/start", StartRoom.Handle).WithName("StartLiveRoom").RequireAuthorization("api")
            .WithSummary("Host without a media server: go live by hand");
        api.MapPost("/{id:guid}/end", EndRoom.Handle).WithName("EndLiveRoom").RequireAuthorization("api")
            .WithSummary("Host: end the room (a room that never went live is called off)");
        api.MapPut("/{id:guid}/pinned-product", PinProduct.Handle).WithName("PinLiveProduct").RequireAuthorization("api")
            .WithSummary("Host: pin one of the room's SKUs for every viewer (null unpins)");
        api.MapPut("/{id:guid}/pinned-message", PinMessage.Handle).WithName("PinLiveMessage").RequireAuthorization("api")
            .WithSummary("Host or moderator: pin a chat message (null unpins)");
        api.MapPost("/{id:guid}/messages", SendChatMessage.Handle).WithName("SendLiveMessage").RequireAuthorization("api")
            .WithSummary("Say something in the chat (the hub's Send for apps): content rules, slow mode and the rate cap apply; 429 when too fast");
        api.MapDelete("/{id:guid}/messages/{messageId:guid}", DeleteChatMessage.Handle).WithName("DeleteLiveMessage").RequireAuthorization("api")
            .WithSummary("Host or moderator: delete a chat message for everyone");
        api.MapPost("/{id:guid}/sanctions", SanctionViewer.HandleImpose).WithName("SanctionLiveViewer").RequireAuthorization("api")
            .WithSummary("Host or moderator: mute (watch only) or ban (no part in the room) a viewer; holds across reconnects and nodes");
        api.MapDelete("/{id:guid}/sanctions/{accountId:guid}", SanctionViewer.HandleLift).WithName("LiftLiveSanction").RequireAuthorization("api")
            .WithSummary("Host or moderator: lift a mute or ban");
        api.MapPut("/{id:guid}/reminder", RemindMe.HandleSet).WithName("RemindMeOfLiveRoom").RequireAuthorization("api")
            .WithSummary("Tell me when this upcoming room goes live");
        api.MapDelete("/{id:guid}/reminder", RemindMe.HandleRemove).WithName("ForgetLiveRoomReminder").RequireAuthorization("api")
            .WithSummary("No reminder for this room");
        api.MapPost("/{id:guid}/deals", OpenDeal.Handle).WithName("OpenLiveDeal").RequireAuthorization("api")
            .WithSummary("Host: a live deal on one of the room's SKUs — price below the usual, quantity, limit per shopper, 1–120 minutes; only while " +
                "live. Viewers in the room buy it with an order whose offer is { kind: \"live-deal\", id }");
        api.MapGet("/{id:guid}/timeline", GetTimeline.Handle).WithName("GetLiveTimeline")
            .WithSummary("The replay's script: chat messages and pins with their offset (ms) from the moment the room went live");
        api.MapGet("/{id:guid}/stats", GetRoomStats.Handle).WithName("GetLiveRoomStats").RequireAuthorization("api")
            .WithSummary("Host: viewers now and at the peak, messages, likes, product clicks");

        // nginx's RTMP callbacks: a shared token, not a session; not part of the public API.
        var media = api.MapGroup("/media").ExcludeFromDescription().DisableAntiforgery();
        media.MapPost("/on-publish", MediaCallbacks.OnPublish);
        media.MapPost("/on-publish-done", MediaCallbacks.OnPublishDone);
        media.MapPost("/on-record-done", MediaCallbacks.OnRecordDone);
        media.MapPost("/replay-ready", MediaCallbacks.OnReplayReady);
        return app;
    }
}
