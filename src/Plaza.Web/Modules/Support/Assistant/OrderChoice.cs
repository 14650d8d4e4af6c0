using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// The order a question is about, or the answer to give instead (<see cref="Instead"/>): no such order on the asker's account,
/// no order at this store, or an order of theirs at another store. <see cref="OtherOpen"/> counts their other open orders here
/// when the order was not named.
/// </summary>
internal sealed record OrderPick(CustomerOrder? Order, int OtherOpen, AssistantAnswer? Instead);

/// <summary>
/// Which of the asker's orders an order question is about: the number in the message, else the order attached to the
/// conversation, else the one <c>prefer</c> picks among their recent orders at this store (newest first), else the newest.
/// Orders are looked up for the asker only (<see cref="IOrderLookup"/>), so a number that is someone else's gets exactly the
/// words of one that does not exist. An order of theirs at another store is named with its store and a link, and no details:
/// this store's staff read the conversation, and that order is none of their business.
/// </summary>
internal sealed class OrderChoice(IOrderLookup orders, IStoreDirectory stores, IStringLocalizer<Program> L)
{
    /// <summary>How many recent orders at the store are looked through.</summary>
    public const int Recent = 20;

    public async Task<OrderPick> Pick(IntentRecognition recognition, AskContext context, Func<IEnumerable<CustomerOrder>, CustomerOrder?>? prefer,
        CancellationToken ct)
    {
        var kind = recognition.Intent.Name();
        if (recognition.OrderNumber is { } number)
            return await orders.ByNumber(context.CustomerId, number, ct) is { } named
                ? await Here(named, context, kind, ct)
                : new(null, 0, new(L["I can't find order {0} on your account. Check the number in My orders, or ask for a person.", number], null, false));
        if (context.AttachedOrderId is { } attached && await orders.Find(context.CustomerId, attached, ct) is { } order)
            return await Here(order, context, kind, ct);
        var recent = await orders.Recent(context.CustomerId, context.StoreId, Recent, ct);
        if (recent.Count == 0)
        {
            var store = (await stores.Names([context.StoreId], ct)).GetValueOrDefault(context.StoreId) ?? "";
            return new(null, 0, new(L["I can't find any order of yours at {0}.", store], null, false));
        }
        var chosen = prefer?.Invoke(recent) ?? recent[0];
        return new(chosen, recent.Count(o => o.IsOpen && o.Id != chosen.Id), null);
    }

    /// <summary>"See the order": the order's page, which only its customer (and its store's staff) can open.</summary>
    public AnswerAction SeeOrder(CustomerOrder order) => new(L["See the order"], $"/orders/{order.Id}");

    /// <summary>The sentence that tells of the asker's other open orders at this store, or null when there are none.</summary>
    public string? OthersOpen(int count) => count switch
    {
        0 => null,
        1 => L["You have one other open order here: see it in My orders."].Value,
        _ => L["You have {0} other open orders here: see them in My orders.", count].Value,
    };

    /// <summary>Where a pickup order is collected: the point's name, and its address when the store still knows the point.</summary>
    public async Task<string> PickupPlace(CustomerOrder order, CancellationToken ct)
    {
        var address = order.PickupPointId is { } id ? await stores.PickupPointAddress(order.StoreId, id, ct) : null;
        return string.IsNullOrWhiteSpace(address) || address == order.PickupPointName ? order.PickupPointName ?? "" : $"{order.PickupPointName}, {address}";
    }

    private async Task<OrderPick> Here(CustomerOrder order, AskContext context, string kind, CancellationToken ct)
    {
        if (order.StoreId == context.StoreId) return new(order, 0, null);
        var store = (await stores.Names([order.StoreId], ct)).GetValueOrDefault(order.StoreId) ?? "";
        var text = L["Order {0} is from {1}, not this store: its page has everything about it, and {1} can help you with it.", order.Number, store];
        return new(null, 0, new(text, new(kind, L["Order {0}", order.Number], [], [SeeOrder(order)]), true));
    }
}
