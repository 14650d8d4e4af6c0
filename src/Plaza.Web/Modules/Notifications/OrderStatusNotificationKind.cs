using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Notifications;

/// <summary>The notification <see cref="NotifyOrderStatus"/> sends when an order moves, and how it reads.</summary>
internal static class OrderStatusNotificationKind
{
    public static readonly NotificationKindDefinition Definition = new("OrderStatus", "Changes to my orders", Order: 10, (L, data) =>
    {
        var number = data["number"];
        // The status as stored when it was sent (an OrderStatus name).
        return data["status"] switch
        {
            "Paid" => L["Order {0} is paid. Thank you!", number],
            "Preparing" => L["The store is preparing order {0}.", number],
            "ReadyForPickup" when data["point"] is { Length: > 0 } point && data["code"] is { Length: > 0 } code =>
                L["Order {0} is ready to collect at {1}. Bring pickup code {2}.", number, point, code],
            "ReadyForPickup" => L["Order {0} is ready to collect. Show your pickup code.", number],
            "OutForDelivery" => L["Order {0} is on its way to you.", number],
            "Completed" => L["Order {0} is complete.", number],
            "Cancelled" => L["Order {0} was cancelled.", number],
            _ => L["Order {0} has changed.", number],
        };
    });
}
