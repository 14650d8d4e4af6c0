using Microsoft.Extensions.Localization;

namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>
/// What shoppers and staff call an order's states, fulfilment and payment, in the reader's language: the order pages and other
/// modules that speak of orders (Support's assistant) say the same words. English keys translated in Resources/es.json, zh-Hans.json.
/// </summary>
internal static class OrderStatusLabels
{
    public static string StatusLabel(IStringLocalizer L, OrderStatus status, Fulfilment fulfilment) => status switch
    {
        OrderStatus.AwaitingPayment => L["Waiting for payment"],
        OrderStatus.Paid => L["Paid"],
        OrderStatus.Preparing => L["Being prepared"],
        OrderStatus.ReadyForPickup => L["Ready to collect"],
        OrderStatus.OutForDelivery => L["On its way"],
        OrderStatus.Completed => fulfilment == Fulfilment.Pickup ? L["Collected"] : L["Delivered"],
        OrderStatus.Cancelled => L["Cancelled"],
        _ => status.ToString(),
    };

    public static string FulfilmentLabel(IStringLocalizer L, Fulfilment fulfilment) =>
        fulfilment == Fulfilment.Pickup ? L["Pick up"] : L["Home delivery"];

    public static string PaymentLabel(IStringLocalizer L, PaymentState state) => state switch
    {
        PaymentState.Unpaid => L["Not paid"],
        PaymentState.Paid => L["Paid"],
        PaymentState.PartiallyRefunded => L["Partly refunded"],
        PaymentState.Refunded => L["Refunded"],
        _ => state.ToString(),
    };
}
