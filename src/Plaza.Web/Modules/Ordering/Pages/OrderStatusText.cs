using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// How the shopping and back-office pages name an order's states, fulfilment, payment and who did what.
/// Labels are English keys translated through the localizer (Resources/es.json, zh-Hans.json).
/// </summary>
internal static class OrderStatusText
{
    /// <summary>What the shopper and staff call each state (<see cref="OrderStatusLabels"/>, so other modules say the same).</summary>
    public static string StatusLabel(IStringLocalizer L, OrderStatus status, Fulfilment fulfilment) => OrderStatusLabels.StatusLabel(L, status, fulfilment);

    /// <summary>The progress tracker's words for a step: the first one is "Ordered", not "Waiting for payment".</summary>
    public static string StepLabel(IStringLocalizer L, OrderStatus status, Fulfilment fulfilment) =>
        status == OrderStatus.AwaitingPayment ? L["Ordered"] : StatusLabel(L, status, fulfilment);

    /// <summary>A stable lower-case name for CSS and tests: "awaiting-payment", "ready-for-pickup".</summary>
    public static string StatusSlug(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingPayment => "awaiting-payment",
        OrderStatus.Paid => "paid",
        OrderStatus.Preparing => "preparing",
        OrderStatus.ReadyForPickup => "ready-for-pickup",
        OrderStatus.OutForDelivery => "out-for-delivery",
        OrderStatus.Completed => "completed",
        OrderStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string FulfilmentLabel(IStringLocalizer L, Fulfilment fulfilment) => OrderStatusLabels.FulfilmentLabel(L, fulfilment);

    public static string PaymentLabel(IStringLocalizer L, PaymentState state) => OrderStatusLabels.PaymentLabel(L, state);

    public static string ActorLabel(IStringLocalizer L, ActorKind actor, bool viewerIsCustomer) => actor switch
    {
        ActorKind.Shopper => viewerIsCustomer ? L["You"] : L["Customer"],
        ActorKind.Staff => L["Store staff"],
        ActorKind.Provider => L["Payment service"],
        _ => L["Plaza"],
    };

    /// <summary>The steps an order goes through, for the progress tracker.</summary>
    public static IReadOnlyList<OrderStatus> Steps(Fulfilment fulfilment) => fulfilment == Fulfilment.Pickup
        ? [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.ReadyForPickup, OrderStatus.Completed]
        : [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.OutForDelivery, OrderStatus.Completed];
}
