using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notifications;

internal static class NotificationsModule
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<NotificationKinds>();
        builder.Services.AddNotificationKind(OrderStatusNotificationKind.Definition);
        builder.Services.AddScoped<INotifier, Notifier>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, NotificationPersonalData>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>, NotifyOrderStatus>();
        builder.Services.AddMenuEntry(Menus.Main, "Notifications", "/notifications", 50, testId: "notifications-link", visibleTo: MenuAudience.SignedIn,
            badge: MenuBadge.Of<UnreadNotifications>("unread", testId: "unread-count"));
        return builder;
    }

    public static WebApplication MapNotifications(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization("api");
        group.MapGet("/", ReadNotifications.HandleList).WithName("ListNotifications").WithSummary("My notifications, newest first (cursor: before)");
        group.MapGet("/unread-count", ReadNotifications.HandleUnread).WithName("CountUnreadNotifications").WithSummary("How many are unread");
        group.MapPost("/{id:guid}/read", MarkNotificationsRead.HandleOne).WithName("MarkNotificationRead").WithSummary("Mark one as read");
        group.MapPost("/read-all", MarkNotificationsRead.HandleAll).WithName("MarkAllNotificationsRead").WithSummary("Mark all as read");
        group.MapGet("/preferences", ChooseNotifications.HandleGet).WithName("GetNotificationPreferences").WithSummary("Which kinds I get");
        group.MapPut("/preferences", ChooseNotifications.HandlePut).WithName("SetNotificationPreferences")
            .WithSummary("Switch kinds on or off, e.g. { \"kinds\": { \"order_status\": false } }");
        return app;
    }
}
