using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// "What is my pickup code?": the code and where to show it, for a pickup order that is paid and not yet collected (the order's
/// page shows the code then too); otherwise plainly why there is none. Without a number, the order ready to collect comes first.
/// </summary>
internal sealed class PickupCodeAnswer(OrderChoice choice, IStoreDirectory stores, IStringLocalizer<Program> L) : IAnswerKind
{
    public SupportIntent Intent => SupportIntent.PickupCode;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        var pick = await choice.Pick(recognition, context, Collectable, ct);
        if (pick.Instead is { } instead) return instead;
        var order = pick.Order!;
        var title = L["Order {0}", order.Number];
        if (order.Fulfilment != Fulfilment.Pickup)
            return new(L["Order {0} is for home delivery, so it has no pickup code.", order.Number],
                new(Intent.Name(), title, [new(L["How"], OrderStatusLabels.FulfilmentLabel(L, order.Fulfilment))], [choice.SeeOrder(order)]), true);

        var place = await choice.PickupPlace(order, ct);
        List<AnswerFact> facts = [new(L["Status"], OrderStatusLabels.StatusLabel(L, order.Status, order.Fulfilment))];
        if (order.PickupCode is not { } code)
            return new(AnswerLanguage.Sentences(NoCode(order), choice.OthersOpen(pick.OtherOpen)),
                new(Intent.Name(), title, facts, [choice.SeeOrder(order)]), true);

        facts.Insert(0, new(L["Pickup code"], code));
        facts.Add(new(L["Pick up at"], place));
        if (await stores.Details(order.StoreId, ct) is { } store)
            facts.Add(new(L["Opening hours"], $"{store.OpensAt:HH:mm}–{store.ClosesAt:HH:mm}"));
        var text = order.Status == OrderStatus.ReadyForPickup
            ? L["Your pickup code for order {0} is {1}. The order is ready: show the code at {2}.", order.Number, code, place]
            : L["Your pickup code for order {0} is {1}. The order is not ready yet: we will tell you when it is, then show the code at {2}.",
                order.Number, code, place];
        return new(AnswerLanguage.Sentences(text, choice.OthersOpen(pick.OtherOpen)), new(Intent.Name(), title, facts, [choice.SeeOrder(order)]), true);
    }

    /// <summary>Among recent orders (newest first): one ready to collect, else one whose code is already shown, else none.</summary>
    private static CustomerOrder? Collectable(IEnumerable<CustomerOrder> recent) =>
        recent.Where(o => o.PickupCode is not null).OrderByDescending(o => o.Status == OrderStatus.ReadyForPickup).FirstOrDefault();

    private string NoCode(CustomerOrder o) => o.Status switch
    {
        OrderStatus.AwaitingPayment => L["Order {0} is not paid yet: its pickup code comes once it is paid.", o.Number],
        OrderStatus.Completed => L["Order {0} has been collected.", o.Number],
        _ => L["Order {0} was cancelled, so there is nothing to collect.", o.Number],
    };
}
