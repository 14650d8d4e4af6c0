using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>"Where is my order?": its status, how it reaches the shopper and where, when it was placed; and their other open orders here.</summary>
internal sealed class OrderStatusAnswer(OrderChoice choice, IStoreDirectory stores, IStringLocalizer<Program> L) : IAnswerKind
{
    public SupportIntent Intent => SupportIntent.OrderStatus;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        var pick = await choice.Pick(recognition, context, prefer: null, ct);
        if (pick.Instead is { } instead) return instead;
        var order = pick.Order!;
        var zone = await stores.ZoneOf(context.StoreId, ct);
        var place = order.Fulfilment == Fulfilment.Pickup ? await choice.PickupPlace(order, ct) : null;
        var slot = order is { SlotStartUtc: { } start, SlotEndUtc: { } end } ? StoreTime.Window(start, end, zone) : null;

        List<AnswerFact> facts =
        [
            new(L["Status"], OrderStatusLabels.StatusLabel(L, order.Status, order.Fulfilment)),
            new(L["How"], OrderStatusLabels.FulfilmentLabel(L, order.Fulfilment)),
        ];
        if (place is not null) facts.Add(new(L["Pick up at"], place));
        if (slot is not null) facts.Add(new(L["Delivery slot"], slot));
        facts.Add(new(L["Placed"], StoreTime.When(order.PlacedAtUtc, zone)));
        facts.Add(new(L["Total"], MoneyFormat.Format(order.TotalMinor, order.Currency)));

        var text = AnswerLanguage.Sentences(Status(order, place), order.IsOpen ? Where(order, place, slot) : null, choice.OthersOpen(pick.OtherOpen));
        return new(text, new(Intent.Name(), L["Order {0}", order.Number], facts, [choice.SeeOrder(order)]), true);
    }

    private string Status(CustomerOrder o, string? place) => o.Status switch
    {
        OrderStatus.AwaitingPayment => L["Order {0} is waiting for payment: you can pay for it on its page.", o.Number],
        OrderStatus.Paid => L["Order {0} is paid, and the store will start preparing it soon.", o.Number],
        OrderStatus.Preparing => L["Order {0} is being prepared.", o.Number],
        OrderStatus.ReadyForPickup => L["Order {0} is ready to collect at {1}.", o.Number, place ?? ""],
        OrderStatus.OutForDelivery => L["Order {0} is on its way to you.", o.Number],
        OrderStatus.Completed when o.Fulfilment == Fulfilment.Pickup => L["Order {0} has been collected.", o.Number],
        OrderStatus.Completed => L["Order {0} has been delivered.", o.Number],
        _ => L["Order {0} was cancelled.", o.Number],
    };

    /// <summary>Where an open order will be: the pickup point until it is ready (the status names it then), or the delivery slot.</summary>
    private string? Where(CustomerOrder o, string? place, string? slot) => o switch
    {
        { Fulfilment: Fulfilment.Pickup, Status: not OrderStatus.ReadyForPickup } when place is not null => L["You will collect it at {0}.", place].Value,
        { Fulfilment: Fulfilment.Delivery } when slot is not null => L["It is booked for delivery {0}.", slot].Value,
        _ => null,
    };
}
